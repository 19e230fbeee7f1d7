// Small character checks around a candidate name, read in place (no substring, no regex): each answers what a short
// regex on a slice answered, or is a necessary condition that lets the scorer skip that regex.
import { isWhiteSpace } from './tokenFacts';

const NEWLINE = 10;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\d[ \t]*$/ on text[pos - window, pos). */
export function digitBefore(text: string, pos: number, window: number): boolean {
  const from = Math.max(0, pos - window);
  let k = pos;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k > from && isDigit(text.charCodeAt(k - 1));
}

/** /,[ \t]*$/ on text[pos - window, pos). */
export function commaBefore(text: string, pos: number, window: number): boolean {
  const from = Math.max(0, pos - window);
  let k = pos;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k > from && text.charCodeAt(k - 1) === 44;
}

/** /(?:^|\n)[ \t>]*$/ on text[pos - window, pos): only spaces, tabs and '>' back to a newline or the window's start. */
export function lineStartWithin(text: string, pos: number, window: number): boolean {
  const from = Math.max(0, pos - window);
  let k = pos;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c !== 32 && c !== 9 && c !== 62) break;
    k--;
  }
  return k === from || text.charCodeAt(k - 1) === NEWLINE;
}

/** /^[ \t]*\d/ on text[pos, pos + window). */
export function digitAfter(text: string, pos: number, window: number): boolean {
  const to = Math.min(text.length, pos + window);
  let k = pos;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k < to && isDigit(text.charCodeAt(k));
}

/**
 * The run of ASCII letters a-z that ends where the white space before `pos` starts, within lower[from, pos); '' when
 * another character comes first. A pattern ending in "(?:^|[^\p{L}])(?:the|a|an)\s+$" can match only where it is one of its words.
 */
export function wordBefore(lower: string, from: number, pos: number): string {
  let k = pos;
  while (k > from && isWhiteSpace(lower.charCodeAt(k - 1))) k--;
  const end = k;
  while (k > from) {
    const c = lower.charCodeAt(k - 1);
    if (c < 97 || c > 122) break;
    k--;
  }
  return k === end ? '' : lower.slice(k, end);
}

/**
 * Start of the line text[pos] is on when only white space and characters of `marks` come before pos on that line;
 * -1 otherwise. (Reads back only as far as the first other character, where lastIndexOf('\n') read the whole text.)
 */
export function lineStartBefore(text: string, pos: number, marks: string): number {
  let k = pos;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === NEWLINE) break;
    if (!isWhiteSpace(c) && marks.indexOf(text[k - 1]) < 0) return -1;
    k--;
  }
  return k;
}

/** End of the line text[pos] is on when only white space and characters of `marks` follow pos on that line; -1 otherwise. */
export function lineEndAfter(text: string, pos: number, marks: string): number {
  let k = pos;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) break;
    if (!isWhiteSpace(c) && marks.indexOf(text[k]) < 0) return -1;
    k++;
  }
  return k;
}

/** White space at text[pos], then `word` (what /^\s+word/ needs). */
export function mayStartWith(text: string, pos: number, word: string): boolean {
  let k = pos;
  while (k < text.length && isWhiteSpace(text.charCodeAt(k))) k++;
  return k > pos && text.startsWith(word, k);
}
