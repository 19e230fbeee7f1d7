// Salted value hashes: allowlist entries written by the quick fix, FixData.valueHash and CLI baselines all
// store these instead of the value, so configuration files never hold raw PII.
import { createHash } from 'node:crypto';
import { DEFAULT_SALT } from './config';

/**
 * Normal form of a value before hashing: Unicode NFKC, trimmed, case-folded, whitespace collapsed; values that
 * are mostly digits (phone, card, SSN, IBAN...) lose their separators so `123-45-6789` and `123 45 6789` match.
 */
export function normalizeValue(value: string): string {
  const v = value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const alnum = v.replace(/[^\p{L}\p{N}]/gu, '');
  const digits = v.replace(/[^0-9]/g, '').length;
  if (digits >= 4 && digits * 2 >= alnum.length && /^[\p{L}\p{N}\s\-.()/+]*$/u.test(v)) return alnum;
  return v;
}

/** Hex SHA-256 of `salt` + NUL + the normalised value. */
export function hashValue(value: string, salt: string = DEFAULT_SALT): string {
  return createHash('sha256').update(salt).update('\u0000').update(normalizeValue(value)).digest('hex');
}
