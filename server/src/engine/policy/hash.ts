// Salted value hashes: allowlist entries written by the quick fix, FixData.valueHash and CLI baselines all
// store these instead of the value, so configuration files never hold raw PII.
import * as crypto from 'node:crypto';
import { DEFAULT_SALT } from './config';

/**
 * Normal form of a value before hashing: Unicode NFKC, trimmed, case-folded, whitespace collapsed; values that
 * are mostly digits (phone, card, SSN, IBAN...) lose their separators so `123-45-6789` and `123 45 6789` match.
 */
export function normalizeValue(value: string): string {
  return PRINTABLE_ASCII.test(value) ? normalizeAscii(value) : normalizeUnicode(value);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The general form (any Unicode); `normalizeValue` gives the same answer faster for printable ASCII. */
export function normalizeUnicode(value: string): string {
  const v = value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const alnum = v.replace(/[^\p{L}\p{N}]/gu, '');
  const digits = v.replace(/[^0-9]/g, '').length;
  if (digits >= 4 && digits * 2 >= alnum.length && /^[\p{L}\p{N}\s\-.()/+]*$/u.test(v)) return alnum;
  return v;
}

// Printable ASCII is its own NFKC form and its only whitespace is the space: one pass over the characters.
function normalizeAscii(value: string): string {
  const v = value.trim().toLowerCase();
  let collapsed = v;
  if (v.includes('  ')) collapsed = v.replace(/ +/g, ' ');
  let digits = 0;
  let alnum = 0;
  let digitShaped = true;
  for (let i = 0; i < collapsed.length; i++) {
    const c = collapsed.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      alnum++;
    } else if (c >= 97 && c <= 122) alnum++;
    // the characters a digit-heavy value may hold besides letters and digits: space - . ( ) / +
    else if (c !== 32 && c !== 45 && c !== 46 && c !== 40 && c !== 41 && c !== 47 && c !== 43) digitShaped = false;
  }
  if (digits >= 4 && digits * 2 >= alnum && digitShaped) return collapsed.replace(/[^a-z0-9]/g, '');
  return collapsed;
}

/** Hex SHA-256 of `salt` + NUL + the normalised value. */
export function hashValue(value: string, salt: string = DEFAULT_SALT): string {
  // One UTF-8 input (the same bytes as three updates): every finding is hashed, and the one-shot crypto.hash
  // (Node >= 20.12) costs a third of a Hash object's create-update-digest.
  const input = `${salt}\u0000${normalizeValue(value)}`;
  return oneShotHash ? oneShotHash('sha256', input, 'hex') : crypto.createHash('sha256').update(input).digest('hex');
}

const oneShotHash: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined = typeof crypto.hash === 'function' ? crypto.hash : undefined;
