// Word tokens with the shape facts the name scorer needs.

export type Shape = 'cap' | 'upper' | 'lower' | 'initial' | 'other';

/**
 * A word of a text: positions, its lower case, shape and dictionary bits. The word itself and the gap before it are
 * read from the text on demand (most tokens never need them as strings).
 */
export class Token {
  constructor(
    /** The text the token is a word of. */
    readonly source: string,
    readonly start: number,
    /** End of the word itself, without a possessive "'s". */
    readonly end: number,
    /** Where the characters between the previous token and this one start. */
    readonly gapStart: number,
    readonly lower: string,
    readonly shape: Shape,
    /** First word of the text, of a line, or after sentence-ending punctuation. */
    readonly sentenceStart: boolean,
    /** The word was followed by a possessive "'s" (not part of the token): a name ends there. */
    readonly possessive: boolean,
    /** The gap before the word is one to three spaces, tabs or no-break spaces (words of one name). */
    readonly spaced: boolean,
    /** Dictionary bits (WORD_FLAG and the name scorer's derived bits); 0 until the scorer fills them in. */
    public flags = 0,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** The characters between the previous token and this one. */
  get gap(): string {
    return this.source.slice(this.gapStart, this.start);
  }
}

// Letters with marks, inner apostrophes and hyphens ("O'Brien", "Forman-Lyons", "G'iyosov").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’‘-]\p{L}[\p{L}\p{M}]*)*\.?/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Shape of the word text[start, end). */
export function shapeOf(text: string, start: number, end: number): Shape {
  // ASCII fast path (most words): no regex, no intermediate strings.
  const c0 = text.charCodeAt(start);
  if (c0 >= 97 && c0 <= 122) return 'lower';
  if (c0 >= 65 && c0 <= 90) {
    let letters = 1;
    let lowerSeen = false;
    let ascii = true;
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 39 || c === 45 || c === 0x2019 || c === 0x2018) continue; // . ' - ’ ‘
      letters++;
      if (c >= 97 && c <= 122) lowerSeen = true;
      else if (c >= 128) ascii = false;
    }
    if (ascii) return letters === 1 ? 'initial' : lowerSeen ? 'cap' : 'upper';
  }
  const word = text.slice(start, end);
  if (!UPPER.test(word)) return /^\p{Ll}/u.test(word) ? 'lower' : 'other';
  const letters = word.replace(/[.'’‘-]/g, '');
  if (letters.length === 1) return 'initial';
  return HAS_LOWER.test(letters.slice(1)) ? 'cap' : 'upper';
}

/**
 * Word tokens of `text`. `lowerText` (text.toLowerCase(), when the caller has it) gives the lower case of ASCII words
 * by slicing instead of a toLowerCase call per word.
 */
export function tokenize(text: string, lowerText?: string): Token[] {
  const lower = lowerText !== undefined && lowerText.length === text.length ? lowerText : undefined;
  return tokenizeFast(text, lower) ?? tokenizeUnicode(text);
}

function tokenizeUnicode(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) prevEnd = pushToken(out, text, m.index, m.index + m[0].length, prevEnd);
  return out;
}

// Character classes for the fast tokenizer: what \p{L} and \p{M} say about one UTF-16 code unit, computed once
// per code unit seen (0 = not yet known). Surrogates are never classified: their text takes the regex path.
const UNKNOWN = 0;
const LETTER = 1;
const MARK = 2;
const OTHER = 3;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) classes[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : OTHER;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

function classOf(c: number): number {
  const k = classes[c];
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  return (classes[c] = IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : OTHER);
}

/** classOf for a code unit that is not a surrogate; OTHER for a surrogate (the caller bails out on those). */
function classOfBmp(c: number): number {
  return isSurrogate(c) ? OTHER : classOf(c);
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** ' ’ ‘ - : inner marks that join two letters into one word ("O'Brien", "Forman-Lyons"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 45 || c === 0x2019 || c === 0x2018;
}

/**
 * The same tokens as WORD finds, without a regex: one pass with a class lookup per character. Undefined when the
 * text holds a surrogate (a letter outside the BMP is one regex character but two code units).
 */
function tokenizeFast(text: string, lowerText?: string): Token[] | undefined {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // (ASCII first: most characters, no table lookup)
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : classOfBmp(c) !== LETTER) {
      if (isSurrogate(c)) return undefined;
      i++;
      continue;
    }
    const start = i;
    // Whether the word is ASCII without capitals: then it is its own lower case (no toLowerCase call per token).
    let asciiLower = c >= 97 && c <= 122;
    let ascii = c < 128;
    i++;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (d >= 97 && d <= 122) {
            i++;
            continue;
          }
          if (d < 65 || d > 90) break;
          asciiLower = false;
          i++;
          continue;
        }
        if (isSurrogate(d)) return undefined;
        if (classOf(d) === OTHER) break;
        asciiLower = false;
        ascii = false;
        i++;
      }
      // An inner joiner followed by a letter continues the word.
      if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        const j = text.charCodeAt(i);
        const e = text.charCodeAt(i + 1);
        if (isSurrogate(e)) return undefined;
        if (classOf(e) === LETTER) {
          if (j >= 128 || e < 97 || e > 122) asciiLower = false;
          if (j >= 128 || e >= 128) ascii = false;
          i += 2;
          continue;
        }
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === 46) i++;
    prevEnd = pushToken(out, text, start, i, prevEnd, asciiLower, ascii ? lowerText : undefined);
  }
  return out;
}

/** Adds the token for the word match text[start, matchEnd); returns where the next gap starts. */
function pushToken(
  out: Token[], text: string, start: number, matchEnd: number, prevEnd: number, asciiLower = false, asciiLowerText?: string,
): number {
  let end = matchEnd;
  // A trailing dot belongs to initials and abbreviations ("J.", "Dr."), not to a word that ends a sentence.
  if (text.charCodeAt(end - 1) === 46 && end - start > 2 && !(end - start === 3 && /^\p{L}\.$/u.test(text.slice(start, end)))) {
    const core = asciiLower ? text.slice(start, end - 1) : asciiLowerText !== undefined ? asciiLowerText.slice(start, end - 1) : text.slice(start, end - 1).toLowerCase();
    if (!ABBREVIATIONS.has(core)) end--;
  }
  const consumed = end;
  // Possessive: "Daniel's daughter" names Daniel.
  const possessive = end - start > 3 && isPossessive(text, end);
  if (possessive) end -= 2;
  // Dots of initials and abbreviations stay inside their token, so a dot in the gap ends a sentence.
  const sentenceStart = out.length === 0 || endsSentence(text, prevEnd, start);
  // (an ASCII word's lower case is the same slice of the lower-cased text)
  const lower = asciiLower ? text.slice(start, end) : asciiLowerText !== undefined ? asciiLowerText.slice(start, end) : text.slice(start, end).toLowerCase();
  out.push(new Token(text, start, end, prevEnd, lower, shapeOf(text, start, end), sentenceStart, possessive, spacedGap(text, prevEnd, start)));
  return consumed;
}

/** text[from, to) is one to three spaces, tabs or no-break spaces. */
export function spacedGap(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The gap holds one of . ! ? newline ; : " “ ( ) [ ] { } • | > * */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 59 || c === 58 || c === 34 || c === 0x201c ||
      c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 0x2022 || c === 124 || c === 62 || c === 42) return true;
  }
  return false;
}

/** text[.., end) ends in "'s" or "’s" (either case of s). */
function isPossessive(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mx', 'sr', 'jr', 'rev', 'fr', 'capt', 'sgt', 'mme', 'sra', 'vs', 'etc', 'no', 'pt']);

/** For tests: the two tokenizers tokenize() chooses between. */
export const tokenizeFastForTest = tokenizeFast;
export const tokenizeUnicodeForTest = tokenizeUnicode;
