// Context helpers: cue words in a window before (or around) a match raise confidence for weak identifiers.
// Whole-word matching avoids the substring trap ("lic" in "public"). Each word list is indexed once (cached per
// list) and a lookup scans only the short window.

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Most texts hold none of a list's words at all. Whether any word occurs as a plain substring of the whole text is
// answered once per (text, list) by one scan without lookarounds; a window can only match when that is true.
// The answers for the current text sit in two short arrays (a few lists ask per text), cleared by a count.
const plainCompiled = new WeakMap<readonly string[], RegExp>();
let presenceText: string | undefined;
const presenceLists: (readonly string[])[] = [];
const presenceAnswers: boolean[] = [];
let presenceCount = 0;

function occursAnywhere(lower: string, words: readonly string[]): boolean {
  if (lower !== presenceText) {
    presenceText = lower;
    presenceCount = 0;
  }
  for (let k = 0; k < presenceCount; k++) if (presenceLists[k] === words) return presenceAnswers[k];
  let re = plainCompiled.get(words);
  if (!re) {
    re = new RegExp(words.map(escapeRe).join('|'));
    plainCompiled.set(words, re);
  }
  const known = re.test(lower);
  presenceLists[presenceCount] = words;
  presenceAnswers[presenceCount] = known;
  presenceCount++;
  return known;
}

/**
 * A word list indexed by first character, in the order the alternation regex tries them (longest first). Matching
 * by hand gives the same matches as that regex: V8 drops the compiled code of big Unicode regexes at garbage
 * collection, and recompiling one (~40 µs) on nearly every call cost more than all the scanning.
 */
interface CueIndex {
  byFirst: Map<number, { word: string; head: boolean; tail: boolean }[]>;
}
const indexes = new WeakMap<readonly string[], CueIndex>();
const WORD_CHAR = /[\p{L}\p{N}_]/u;

// The list asked for last and its index (callers ask for the same list several times in a row: no WeakMap lookup).
let lastWords: readonly string[] | undefined;
let lastIndex: CueIndex | undefined;

function cueIndex(words: readonly string[]): CueIndex {
  if (words === lastWords) return lastIndex!;
  let idx = indexes.get(words);
  if (!idx) {
    const byFirst = new Map<number, { word: string; head: boolean; tail: boolean }[]>();
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      if (w.length === 0) continue;
      const c = w.charCodeAt(0);
      let bucket = byFirst.get(c);
      if (!bucket) byFirst.set(c, (bucket = []));
      bucket.push({ word: w, head: /^\w/.test(w), tail: /\w$/.test(w) });
    }
    idx = { byFirst };
    indexes.set(words, idx);
  }
  lastWords = words;
  lastIndex = idx;
  return idx;
}

/** A letter, digit or underscore (by code point, inside s[ws, we)) ends at / starts at this index. */
function isWordCharBefore(s: string, at: number, ws: number): boolean {
  const c = s.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  const from = isLow(c) && at - 2 >= ws && isHigh(s.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return WORD_CHAR.test(s.slice(from, at));
}
function isWordCharAt(s: string, at: number, we: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  const to = isHigh(c) && at + 1 < we && isLow(s.charCodeAt(at + 1)) ? at + 2 : at + 1;
  return WORD_CHAR.test(s.slice(at, to));
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Length of the first listed word matching at `p` within s[ws, we) with its word boundaries, or 0. */
function matchAt(s: string, p: number, ws: number, we: number, idx: CueIndex): number {
  const bucket = idx.byFirst.get(s.charCodeAt(p));
  if (!bucket) return 0;
  for (const e of bucket) {
    const end = p + e.word.length;
    if (end > we || !s.startsWith(e.word, p)) continue;
    if (e.head && p > ws && isWordCharBefore(s, p, ws)) continue;
    if (e.tail && end < we && isWordCharAt(s, end, we)) continue;
    return e.word.length;
  }
  return 0;
}

/** True when one of `words` (lower case, may contain spaces) occurs as a whole word inside lower[from, to). */
export function hasWordIn(lower: string, words: readonly string[], from: number, to: number): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(lower.length, to);
  if (hi <= lo) return false;
  if (!occursAnywhere(lower, words)) return false;
  // one character of padding on each side lets the word-boundary checks see past the window edges
  const ws = lo > 0 ? lo - 1 : lo;
  const we = hi < lower.length ? hi + 1 : hi;
  const idx = cueIndex(words);
  let p = ws;
  while (p < we) {
    const len = matchAt(lower, p, ws, we, idx);
    if (len === 0) {
      p++;
      continue;
    }
    if (p >= lo && p + len <= hi) return true;
    if (p >= hi) return false;
    p += len;
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
  // (a negative `start` reads like String.prototype.slice: counted from the end)
  const we = start < 0 ? Math.max(lo, lower.length + start) : Math.min(start, lower.length);
  const idx = cueIndex(words);
  let last = -1;
  let p = lo;
  while (p < we) {
    const len = matchAt(lower, p, lo, we, idx);
    if (len === 0) {
      p++;
      continue;
    }
    p += len;
    last = p;
  }
  return last;
}

/** True when the character before `start` and after `end` do not continue a token (letter/digit). */
export function isStandalone(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : -1;
  const a = end < text.length ? text.charCodeAt(end) : -1;
  const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !(b >= 0 && isAlnum(b)) && !(a >= 0 && isAlnum(a));
}
