// Small character checks around a candidate name, read in place (no substring, no regex): each answers what a short
// regex on a slice answered, or is a necessary condition that lets the scorer skip that regex.
import { fnvRange } from '../fnv';
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
  const end = endBeforeSpace(lower, from, pos);
  const k = lettersStart(lower, from, end);
  return k === end ? '' : lower.slice(k, end);
}

/** Where the white space that ends at `pos` starts (within [from, pos)). */
function endBeforeSpace(lower: string, from: number, pos: number): number {
  let k = pos;
  while (k > from && isWhiteSpace(lower.charCodeAt(k - 1))) k--;
  return k;
}

/** Start of the run of ASCII letters a-z that ends at `end` (within [from, end)). */
function lettersStart(lower: string, from: number, end: number): number {
  let k = end;
  while (k > from) {
    const c = lower.charCodeAt(k - 1);
    if (c < 97 || c > 122) break;
    k--;
  }
  return k;
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

/** A character beyond ASCII in text[from, to) (/[^\x00-\x7f]/ on the slice). */
export function nonAsciiIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 127) return true;
  return false;
}

/** The word before a candidate is an article standing alone: /(?:^|[^\p{L}])(?:the|a|an)\s+$/u. */
export const BEFORE_ARTICLE = 1;
/** ... a place preposition standing alone: /(?:^|[^\p{L}])(?:in|at|near|...|of)\s+$/u. */
export const BEFORE_PLACE_PREP = 2;
/** ... "called" or "named" (a place-naming phrase may end there: its regex decides). */
export const BEFORE_NAMING = 4;

const ALONE_KINDS = BEFORE_ARTICLE | BEFORE_PLACE_PREP;
const KIND_WORDS: [string, number][] = [
  ...['the', 'a', 'an'].map((w): [string, number] => [w, BEFORE_ARTICLE]),
  ...['in', 'at', 'near', 'into', 'via', 'around', 'across', 'outside', 'inside', 'toward', 'towards', 'from', 'to', 'of'].map((w): [string, number] => [w, BEFORE_PLACE_PREP]),
  ...['called', 'named'].map((w): [string, number] => [w, BEFORE_NAMING]),
];
/**
 * Words above by their FNV hash cut to 30 bits (an unboxed integer key, found faster than a boxed number); none of
 * them collide, checked here.
 */
const KIND_BY_HASH = new Map<number, { word: string; kind: number }>(KIND_WORDS.map(([word, kind]) => [kindKey(word, 0, word.length), { word, kind }]));
if (KIND_BY_HASH.size !== KIND_WORDS.length) throw new Error('nearText: two words share a key');

function kindKey(s: string, start: number, end: number): number {
  return fnvRange(s, start, end) & 0x3fffffff;
}

/**
 * What the word ending (before white space) at `pos` in lower[from, pos) is for the scorer: BEFORE_* bits; 0 for
 * any other word. Read in place, where a slice and three set lookups and two regexes on the slice did the same.
 */
export function wordBeforeKind(lower: string, from: number, pos: number): number {
  const end = endBeforeSpace(lower, from, pos);
  const k = lettersStart(lower, from, end);
  if (k === end) return 0;
  const entry = KIND_BY_HASH.get(kindKey(lower, k, end));
  if (entry === undefined || entry.word.length !== end - k || !lower.startsWith(entry.word, k)) return 0;
  // an article or preposition must stand alone: white space after it, no letter right before it
  if ((entry.kind & ALONE_KINDS) !== 0 && (end === pos || (k > from && letterEndsAt(lower, from, k)))) return 0;
  return entry.kind;
}

/** The character (or surrogate pair) ending at s[.., k) is a letter (\p{L}), not reading before `from`. */
function letterEndsAt(s: string, from: number, k: number): boolean {
  const c = s.charCodeAt(k - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const pair = c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && s.charCodeAt(k - 2) >= 0xd800 && s.charCodeAt(k - 2) <= 0xdbff;
  return LETTER.test(s.slice(pair ? k - 2 : k - 1, k));
}

const LETTER = /^\p{L}$/u;
