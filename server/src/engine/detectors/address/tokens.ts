// Word/number tokens with offsets, for the address scanner, kept in typed arrays that are reused from text to text
// (no object per token): the scanner runs on every text that passes the address prefilter, and token objects with
// three strings each were a third of its time. One pass over char codes (a class table for the BMP, filled on first
// sight of a character); each word is looked up once in one table that says which word lists hold it. The token
// rules are those of the Unicode regex kept in the unit test as the reference:
//   num   \d{1,8}[A-Za-z]?(?![\p{L}\d])        house-number-like
//   other \d[\d\p{L}]*                          ordinals ("2nd") are words, the rest punctuation
//   word  [\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?
//   nl    \n
//   punct any other single non-space character (a code point)

import { hasStreetEnding, hasStreetEndingAt, L_STREET_ENDING, lexiconBits, lexiconBitsAt } from './lexicon';

export const WORD = 1;
export const NUM = 2;
export const NL = 3;
export const PUNCT = 4;

/** Shape bits of a token, read off its characters while tokenizing. */
/** The first code unit is a capital (ASCII A-Z, or any character that lower-casing changes). */
export const CAPITALIZED = 1;
/** No lower-case letter (the word equals its upper case). Words only. */
export const UPPER_WORD = 2;
/** The token ends with a dot. */
export const DOT_END = 4;

const OTHER = 1;
const LETTER = 2; // \p{L}
const MARK = 3; // \p{M}
const DIGIT = 4;
const SPACE = 5;
const NEWLINE = 6;

const CLASS = new Uint8Array(65536);

function classify(ch: string): number {
  if (ch === '\n') return NEWLINE;
  if (/^\s$/u.test(ch)) return SPACE;
  if (/^[0-9]$/.test(ch)) return DIGIT;
  if (/^\p{L}$/u.test(ch)) return LETTER;
  if (/^\p{M}$/u.test(ch)) return MARK;
  return OTHER;
}

for (let c = 0; c < 128; c++) CLASS[c] = classify(String.fromCharCode(c));

/** Set on a class when the code point takes two code units. */
const WIDE = 8;

/** Class of the code point at i and its width in code units (2 for a surrogate pair). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(s.slice(i, i + 2)) | WIDE;
  }
  let k = CLASS[c];
  if (k === 0) k = CLASS[c] = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
  return k;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** "st", "nd", "rd", "th" in either case at s[i, i + 2). */
function ordinalSuffixAt(s: string, i: number): boolean {
  const a = s.charCodeAt(i) | 32;
  const b = s.charCodeAt(i + 1) | 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** \d+(?:st|nd|rd|th) for s[from, to), its digits running from `from` to `digitsEnd`. */
function isOrdinal(s: string, digitsEnd: number, to: number): boolean {
  return to - digitsEnd === 2 && ordinalSuffixAt(s, digitsEnd);
}

/** Token arrays shared by every text (grown when a text needs more): a text's tokens are only read before the next. */
const store = {
  kind: new Uint8Array(64),
  start: new Int32Array(64),
  end: new Int32Array(64),
  shape: new Uint8Array(64),
  lex: new Int32Array(64),
  bareLex: new Int32Array(64),
};

/**
 * The tokens of one text: kind, offsets, shape bits and (for words) the word-list bits of the word as written and
 * without its trailing dot. A small object per text over the shared arrays (valid until the next `tokenize` call).
 */
export class Tokens {
  count = 0;
  readonly text: string;
  /** The lower-cased text when it has the text's length (offsets then agree), else undefined. */
  private readonly lowerText: string | undefined;
  /**
   * The lower case when known, else the text: for reading digits and punctuation, which lower-casing keeps (a flat
   * string reads faster than a slice of a document).
   */
  readonly src: string;
  kind = store.kind;
  start = store.start;
  end = store.end;
  shape = store.shape;
  /** Word-list bits (lexicon.ts L_*) of the word's lower case (0 for other kinds). */
  lex = store.lex;
  /** Word-list bits of the lower case without a trailing dot ("ave." -> "ave"). */
  bareLex = store.bareLex;
  /** Lower case of tokens asked for (made on first use). */
  private lowers: (string | undefined)[] | undefined;

  constructor(text: string, lower: string | undefined) {
    this.text = text;
    this.lowerText = lower;
    this.src = lower ?? text;
  }

  textOf(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  lowerOf(i: number): string {
    const lowers = (this.lowers ??= []);
    let l = lowers[i];
    if (l === undefined) l = lowers[i] = this.sliceLower(this.start[i], this.end[i]);
    return l;
  }

  /** Lower case of the word without its trailing dot. */
  bareOf(i: number): string {
    const l = this.lowerOf(i);
    return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
  }

  /** Number of code units of the token. */
  length(i: number): number {
    return this.end[i] - this.start[i];
  }

  /** First code unit of the token, for digit checks (of the lower case: capitals read as small letters). */
  firstCode(i: number): number {
    return this.src.charCodeAt(this.start[i]);
  }

  /** The token is this one ASCII character. */
  isChar(i: number, code: number): boolean {
    return i >= 0 && i < this.count && this.end[i] - this.start[i] === 1 && this.src.charCodeAt(this.start[i]) === code;
  }

  private sliceLower(start: number, end: number): string {
    return this.lowerText !== undefined ? this.lowerText.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }

  push(kind: number, start: number, end: number, shape: number): void {
    const i = this.count;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    let lex = 0;
    let bareLex = 0;
    if (kind === WORD) {
      const lt = this.lowerText;
      if (lt !== undefined) {
        // the word read where it stands in the lower-cased text (its string is made only if asked for)
        lex = lexiconBitsAt(lt, start, end);
        if (hasStreetEndingAt(lt, start, end)) lex |= L_STREET_ENDING;
        bareLex = lt.charCodeAt(end - 1) === 46 ? lexiconBitsAt(lt, start, end - 1) : lex;
      } else {
        const lower = this.lowerOf(i);
        lex = lexiconBits(lower);
        if (lower.length >= 6 && hasStreetEnding(lower)) lex |= L_STREET_ENDING;
        bareLex = lower.charCodeAt(lower.length - 1) === 46 ? lexiconBits(lower.slice(0, -1)) : lex;
      }
    }
    if (this.src.charCodeAt(end - 1) === 46) shape |= DOT_END;
    // capitals: ASCII A-Z, or (past ASCII) a first code unit that lower-casing changes
    const c = this.text.charCodeAt(start);
    if (c < 128 ? c >= 65 && c <= 90 : this.text.charAt(start) !== this.text.charAt(start).toLowerCase()) shape |= CAPITALIZED;
    this.shape[i] = shape;
    this.lex[i] = lex;
    this.bareLex[i] = bareLex;
    this.count = i + 1;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.kind = store.kind = copy(this.kind, new Uint8Array(n));
    this.start = store.start = copy(this.start, new Int32Array(n));
    this.end = store.end = copy(this.end, new Int32Array(n));
    this.shape = store.shape = copy(this.shape, new Uint8Array(n));
    this.lex = store.lex = copy(this.lex, new Int32Array(n));
    this.bareLex = store.bareLex = copy(this.bareLex, new Int32Array(n));
  }
}

/** No lower-case letter in text[start, end) (an ASCII fast path, then the upper case of the word). */
function upperWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) {
      const s = text.slice(start, end);
      return s === s.toUpperCase();
    }
  }
  return true;
}

/** Tokenizes `text` (the tokens are valid until the next call). */
export function tokenize(text: string, lowerText?: string): Tokens {
  const lower = lowerText !== undefined && lowerText.length === text.length ? lowerText : undefined;
  const out = new Tokens(text, lower);
  // Classes and boundaries are read off the lower case when there is one of the same length: a flat string, read
  // faster than the text (often a slice of a document), and lower-casing keeps every character's class (letters
  // stay letters, digits, marks, spaces and punctuation stay what they are). Case and [A-Za-z] come from the text.
  const src = lower ?? text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(src, i);
    const cls = k & 7;
    const w = k & WIDE ? 2 : 1;
    if (cls === SPACE) {
      i += w;
    } else if (cls === NEWLINE) {
      out.push(NL, i, i + 1, 0);
      i++;
    } else if (cls === DIGIT) {
      let j = i + 1;
      while (j < n && CLASS[src.charCodeAt(j)] === DIGIT) j++;
      if (j - i <= 8) {
        const after = j < n ? classAt(src, j) & 7 : SPACE;
        if (after !== LETTER && after !== DIGIT) {
          out.push(NUM, i, j, 0);
          i = j;
          continue;
        }
        if (isAsciiLetter(text.charCodeAt(j))) {
          const next = j + 1 < n ? classAt(src, j + 1) & 7 : SPACE;
          if (next !== LETTER && next !== DIGIT) {
            out.push(NUM, i, j + 1, 0);
            i = j + 1;
            continue;
          }
        }
      }
      // \d[\d\p{L}]*
      let e = j;
      while (e < n) {
        const ke = classAt(src, e);
        if ((ke & 7) !== DIGIT && (ke & 7) !== LETTER) break;
        e += ke & WIDE ? 2 : 1;
      }
      const ordinal = isOrdinal(text, j, e);
      out.push(ordinal ? WORD : PUNCT, i, e, ordinal && upperWord(text, i, e) ? UPPER_WORD : 0);
      i = e;
    } else if (cls === LETTER || cls === MARK) {
      let e = i + w;
      while (e < n) {
        const c = src.charCodeAt(e);
        if (c === 39 || c === 0x2019 || c === 45) {
          e++;
          continue;
        }
        const ke = classAt(src, e);
        if ((ke & 7) !== LETTER && (ke & 7) !== MARK) break;
        e += ke & WIDE ? 2 : 1;
      }
      if (e < n && src.charCodeAt(e) === 46) e++;
      out.push(WORD, i, e, upperWord(text, i, e) ? UPPER_WORD : 0);
      i = e;
    } else {
      out.push(PUNCT, i, i + w, 0);
      i += w;
    }
  }
  return out;
}
