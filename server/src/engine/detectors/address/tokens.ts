// Word/number tokens with offsets, for the address scanner. One pass over char codes (a class table for the BMP,
// filled on first sight of a character) instead of a Unicode regex: the scanner runs on every text that passes the
// address prefilter, and the regex plus a toLowerCase per token was half of its time. The token rules are those of
// the regex kept in the unit test as the reference:
//   num   \d{1,8}[A-Za-z]?(?![\p{L}\d])        house-number-like
//   other \d[\d\p{L}]*                          ordinals ("2nd") are words, the rest punctuation
//   word  [\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?
//   nl    \n
//   punct any other single non-space character (a code point)

import { STREET_PREFIXES, STREET_SUFFIXES, hasStreetEnding } from './lexicon';

export type TokenKind = 'word' | 'num' | 'nl' | 'punct';

/** Street-word facts of a word token, looked up once when it is made. */
export const STREET_SUFFIX = 1;
export const STREET_PREFIX = 2; // the word or the word without its dot is a street prefix
export const STREET_ENDING = 4;

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `lower` without a trailing dot ("ave." -> "ave"). */
  bare: string;
  /** STREET_* bits (words only). */
  street: number;
}

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

/** Set on a class when the code point takes two code units. */
const WIDE = 8;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** Street-type word -> SUFFIX_ENTRY / PREFIX_ENTRY bits: one lookup per word instead of one per list. */
const SUFFIX_ENTRY = 1;
const PREFIX_ENTRY = 2;
const STREET_WORDS = new Map<string, number>();
for (const w of STREET_SUFFIXES) STREET_WORDS.set(w, (STREET_WORDS.get(w) ?? 0) | SUFFIX_ENTRY);
for (const w of STREET_PREFIXES) STREET_WORDS.set(w, (STREET_WORDS.get(w) ?? 0) | PREFIX_ENTRY);

function push(out: Token[], text: string, lower: string | undefined, kind: TokenKind, start: number, end: number): void {
  const l = lower !== undefined ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
  const dot = l.charCodeAt(l.length - 1) === 46;
  const bare = dot ? l.slice(0, -1) : l;
  let street = 0;
  if (kind === 'word') {
    // suffix: the word without its dot; prefix: with or without it ("ul." and "ul")
    const ofBare = STREET_WORDS.get(bare) ?? 0;
    const ofWord = dot ? (STREET_WORDS.get(l) ?? 0) : ofBare;
    if (ofBare & SUFFIX_ENTRY) street |= STREET_SUFFIX;
    if ((ofBare | ofWord) & PREFIX_ENTRY) street |= STREET_PREFIX;
    if (l.length >= 6 && hasStreetEnding(l)) street |= STREET_ENDING;
  }
  out.push({ kind, start, end, text: text.slice(start, end), lower: l, bare, street });
}

export function tokenize(text: string, lowerText?: string): Token[] {
  const lower = lowerText !== undefined && lowerText.length === text.length ? lowerText : undefined;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    const cls = k & 7;
    const w = k & WIDE ? 2 : 1;
    if (cls === SPACE) {
      i += w;
    } else if (cls === NEWLINE) {
      push(out, text, lower, 'nl', i, i + 1);
      i++;
    } else if (cls === DIGIT) {
      let j = i + 1;
      while (j < n && CLASS[text.charCodeAt(j)] === DIGIT) j++;
      if (j - i <= 8) {
        const after = j < n ? classAt(text, j) & 7 : SPACE;
        if (after !== LETTER && after !== DIGIT) {
          push(out, text, lower, 'num', i, j);
          i = j;
          continue;
        }
        if (isAsciiLetter(text.charCodeAt(j))) {
          const next = j + 1 < n ? classAt(text, j + 1) & 7 : SPACE;
          if (next !== LETTER && next !== DIGIT) {
            push(out, text, lower, 'num', i, j + 1);
            i = j + 1;
            continue;
          }
        }
      }
      // \d[\d\p{L}]*
      let e = j;
      while (e < n) {
        const ke = classAt(text, e);
        if ((ke & 7) !== DIGIT && (ke & 7) !== LETTER) break;
        e += ke & WIDE ? 2 : 1;
      }
      push(out, text, lower, ORDINAL.test(text.slice(i, e)) ? 'word' : 'punct', i, e);
      i = e;
    } else if (cls === LETTER || cls === MARK) {
      let e = i + w;
      while (e < n) {
        const c = text.charCodeAt(e);
        if (c === 39 || c === 0x2019 || c === 45) {
          e++;
          continue;
        }
        const ke = classAt(text, e);
        if ((ke & 7) !== LETTER && (ke & 7) !== MARK) break;
        e += ke & WIDE ? 2 : 1;
      }
      if (e < n && text.charCodeAt(e) === 46) e++;
      push(out, text, lower, 'word', i, e);
      i = e;
    } else {
      push(out, text, lower, 'punct', i, i + w);
      i += w;
    }
  }
  return out;
}

export function isCapitalized(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** The token has no lower-case letter (ASCII fast path). */
export function isUpperCaseWord(t: Token): boolean {
  const s = t.text;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
}
