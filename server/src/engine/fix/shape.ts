// Shape helpers for synthetic values: keep separators, length and capitalisation of the original while the
// characters themselves come from a seeded random source.

/** The small random interface the generators need (implemented over a seeded faker instance). */
export interface Rng {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

export function randomDigits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** Applies the capitalisation style of `original` (ALL CAPS, all lower, or as generated) to `fake`. */
export function matchCase(original: string, fake: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return fake;
  if (letters === letters.toUpperCase() && letters.length > 1) return fake.toUpperCase();
  if (letters === letters.toLowerCase()) return fake.toLowerCase();
  return fake;
}

/** Replaces every digit with a random digit and every letter with a random letter of the same case; keeps the rest. */
export function randomLike(rng: Rng, value: string, letters: { upper?: string; lower?: string } = {}): string {
  const upper = letters.upper ?? UPPER;
  const lower = letters.lower ?? LOWER;
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') out += String(rng.int(0, 9));
    else if (/\p{Lu}/u.test(ch)) out += upper[rng.int(0, upper.length - 1)];
    else if (/\p{Ll}/u.test(ch)) out += lower[rng.int(0, lower.length - 1)];
    else out += ch;
  }
  return out;
}

/** Writes `digits` into the digit positions of `template` (which must hold exactly as many digits). */
export function fillDigits(template: string, digits: string): string {
  let i = 0;
  return template.replace(/\d/g, () => digits[i++] ?? '0');
}

export function countDigits(value: string): number {
  return (value.match(/\d/g) ?? []).length;
}

/** The separator used between digit groups in `value` (space, dash, dot), or '' when there is none. */
export function digitSeparator(value: string): string {
  const m = /\d([\s\-.])\d/.exec(value);
  return m ? m[1] : '';
}

/** Groups a digit string in blocks of `size` joined by `sep`. */
export function group(digits: string, size: number, sep: string): string {
  if (!sep) return digits;
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i += size) parts.push(digits.slice(i, i + size));
  return parts.join(sep);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Changes the last digit of `value` so the digits (with an optional prefix) fail the Luhn check. */
export function breakLuhn(value: string, prefix = ''): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 0 || !luhnValid(prefix + digits)) return value;
  const last = value.search(/\d(?=\D*$)/);
  const d = (Number(value[last]) + 1) % 10;
  return value.slice(0, last) + String(d) + value.slice(last + 1);
}
