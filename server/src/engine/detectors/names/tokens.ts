// Word tokens with the shape facts the name scorer needs.

export type Shape = 'cap' | 'upper' | 'lower' | 'initial' | 'other';

export interface Token {
  start: number;
  /** End of the word itself, without a possessive "'s". */
  end: number;
  text: string;
  lower: string;
  shape: Shape;
  /** First word of the text, of a line, or after sentence-ending punctuation. */
  sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
  /** Dictionary bits (WORD_FLAG and the name scorer's derived bits); 0 until the scorer fills them in. */
  flags: number;
}

// Letters with marks, inner apostrophes and hyphens ("O'Brien", "Forman-Lyons", "G'iyosov").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’‘-]\p{L}[\p{L}\p{M}]*)*\.?/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function shapeOf(word: string): Shape {
  // ASCII fast path (most words): no regex, no intermediate strings.
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return 'lower';
  if (c0 >= 65 && c0 <= 90) {
    let letters = 1;
    let lowerSeen = false;
    let ascii = true;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c === 46 || c === 39 || c === 45 || c === 0x2019 || c === 0x2018) continue; // . ' - ’ ‘
      letters++;
      if (c >= 97 && c <= 122) lowerSeen = true;
      else if (c >= 128) ascii = false;
    }
    if (ascii) return letters === 1 ? 'initial' : lowerSeen ? 'cap' : 'upper';
  }
  if (!UPPER.test(word)) return /^\p{Ll}/u.test(word) ? 'lower' : 'other';
  const letters = word.replace(/[.'’‘-]/g, '');
  if (letters.length === 1) return 'initial';
  return HAS_LOWER.test(letters.slice(1)) ? 'cap' : 'upper';
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing dot belongs to initials and abbreviations ("J.", "Dr."), not to a word that ends a sentence.
    if (word.endsWith('.') && word.length > 2 && !/^\p{L}\.$/u.test(word)) {
      const core = word.slice(0, -1).toLowerCase();
      if (!ABBREVIATIONS.has(core)) word = word.slice(0, -1);
    }
    let end = m.index + word.length;
    const consumed = end;
    // Possessive: "Daniel's daughter" names Daniel.
    if (word.length > 3 && isPossessive(word)) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const gap = text.slice(prevEnd, m.index);
    // Dots of initials and abbreviations stay inside their token, so a dot in the gap ends a sentence.
    const sentenceStart = out.length === 0 || /[.!?\n\r;:"“()[\]{}•|>*]/.test(gap);
    out.push({ start: m.index, end, text: word, lower: word.toLowerCase(), shape: shapeOf(word), sentenceStart, gap, flags: 0 });
    prevEnd = consumed;
  }
  return out;
}

/** Ends in "'s" or "’s" (either case of s). */
function isPossessive(word: string): boolean {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mx', 'sr', 'jr', 'rev', 'fr', 'capt', 'sgt', 'mme', 'sra', 'vs', 'etc', 'no', 'pt']);
