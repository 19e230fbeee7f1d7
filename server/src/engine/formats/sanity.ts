// Checks on the decoded text before any parsing: binary content, NUL characters, U+FFFD left by invalid
// UTF-8, empty files. Each becomes a ParseProblem with a position.
import type { ParseProblem } from '../types';

const SAMPLE = 8000;

/** Binary when the first 8000 characters hold NULs or many non-text control characters. */
export function looksBinary(raw: string): boolean {
  const n = Math.min(raw.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return n > 0 && (nul > n / 100 + 1 || (nul + control) > n / 10 + 2);
}

/**
 * Warnings for NUL characters and U+FFFD replacement characters (text was not valid UTF-8). `firstNul`, when
 * known from a parse that saw every character, spares a search (slow in a two-byte string: every ASCII
 * character holds a zero byte).
 */
export function characterWarnings(raw: string, firstNul?: number): ParseProblem[] {
  const out: ParseProblem[] = [];
  const nul = firstNul ?? raw.indexOf('\0');
  if (nul >= 0) out.push({ message: 'NUL character in file (is it a text file?)', offset: nul, length: 1, severity: 'warning' });
  const bad = raw.indexOf('\uFFFD');
  if (bad >= 0) {
    out.push({ message: 'Invalid UTF-8: the file contains replacement characters (U+FFFD); save it as UTF-8', offset: bad, length: 1, severity: 'warning' });
  }
  return out;
}
