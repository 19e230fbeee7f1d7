// Context helpers: cue words in a window before (or around) a match raise confidence for weak identifiers.
// Whole-word matching avoids the substring trap ("lic" in "public"). Each word list compiles once into one
// alternation regex (cached per list), so a lookup is one native scan of a short window.

const compiled = new WeakMap<readonly string[], RegExp>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function regexFor(words: readonly string[]): RegExp {
  let re = compiled.get(words);
  if (!re) {
    const alts = [...words].sort((a, b) => b.length - a.length).map((w) => {
      const head = /^\w/.test(w) ? '(?<![\\p{L}\\p{N}_])' : '';
      const tail = /\w$/.test(w) ? '(?![\\p{L}\\p{N}_])' : '';
      return head + escapeRe(w) + tail;
    });
    re = new RegExp(alts.join('|'), 'gu');
    compiled.set(words, re);
  }
  return re;
}

// Most texts hold none of a list's words at all. Whether any word occurs as a plain substring of the whole text is
// answered once per (text, list) by one scan without lookarounds; a window can only match when that is true.
const plainCompiled = new WeakMap<readonly string[], RegExp>();
let presenceText: string | undefined;
let presence = new Map<readonly string[], boolean>();

function occursAnywhere(lower: string, words: readonly string[]): boolean {
  if (lower !== presenceText) {
    presenceText = lower;
    presence = new Map();
  }
  let known = presence.get(words);
  if (known === undefined) {
    let re = plainCompiled.get(words);
    if (!re) {
      re = new RegExp(words.map(escapeRe).join('|'));
      plainCompiled.set(words, re);
    }
    known = re.test(lower);
    presence.set(words, known);
  }
  return known;
}

/** True when one of `words` (lower case, may contain spaces) occurs as a whole word inside lower[from, to). */
export function hasWordIn(lower: string, words: readonly string[], from: number, to: number): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(lower.length, to);
  if (hi <= lo) return false;
  if (!occursAnywhere(lower, words)) return false;
  // one character of padding on each side lets the word-boundary lookarounds see past the window edges
  const padLo = lo > 0 ? lo - 1 : lo;
  const window = lower.slice(padLo, hi < lower.length ? hi + 1 : hi);
  const re = regexFor(words);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const s = m.index + padLo;
    if (s >= lo && s + m[0].length <= hi) return true;
    if (s >= hi) return false;
  }
  return false;
}

/** Cue words in the `window` characters before `start` (the usual place: "SSN: 123-45-6789"). */
export function hasContextBefore(lower: string, start: number, words: readonly string[], window = 40): boolean {
  return hasWordIn(lower, words, start - window, start);
}

/** Cue words before or shortly after the match ("123-45-6789 is my SSN"). */
export function hasContextAround(lower: string, start: number, end: number, words: readonly string[], before = 40, after = 25): boolean {
  return hasWordIn(lower, words, start - before, start) || hasWordIn(lower, words, end, end + after);
}

/** Whole-word check for any cue word anywhere in the text. */
export function hasAnyWord(lower: string, words: readonly string[]): boolean {
  return hasWordIn(lower, words, 0, lower.length);
}

/** The index just after the last whole-word cue ending before `start` within `window`, or -1. */
export function lastCueBefore(lower: string, start: number, words: readonly string[], window = 40): number {
  const lo = Math.max(0, start - window);
  if (!occursAnywhere(lower, words)) return -1;
  const slice = lower.slice(lo, start);
  const re = regexFor(words);
  re.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) last = lo + m.index + m[0].length;
  return last;
}

/** True when the character before `start` and after `end` do not continue a token (letter/digit). */
export function isStandalone(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : -1;
  const a = end < text.length ? text.charCodeAt(end) : -1;
  const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !(b >= 0 && isAlnum(b)) && !(a >= 0 && isAlnum(a));
}
