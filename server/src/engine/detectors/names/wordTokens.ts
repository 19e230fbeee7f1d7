// Name tokens of an ASCII text built from the words the runner's one pass recorded (TextWords), instead of reading
// the characters again: the same tokens, in the same order, with the same fields as tokenize() gives, and their
// dictionary bits filled in from the hash the pass computed.
//
// The pass's words are runs of ASCII letters and digits; a name token is a run of letters, joined to the next run
// by one apostrophe or hyphen ("o'brien", "smith-jones"), with a trailing dot kept for initials and abbreviations
// and a possessive "'s" left out. So: a word of digits holds no token, a word with digits holds one letter run per
// stretch of letters, and two runs separated by exactly one ' or - are one token.
import { FNV_PRIME, fnvRange } from '../fnv';
import { G_END, GAP_BITS, W_ALL_DIGITS, W_HAS_DIGIT, WORD_STRIDE } from '../textWords';
import type { TextWords } from '../types';
import type { NameLexicon } from './lexicon';
import { internedFlags, internedWord, internWord } from './tokenFacts';
import { ABBREVIATIONS, shapeOf, Token } from './tokens';

/** The longest abbreviation whose dot stays in its token (tokens.ts ABBREVIATIONS). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * The tokens tokenize(text, lower) finds, with their flags set (tokenFacts.ts tokenFlags). `words` must be the one
 * pass's words of this ASCII text (or of its lower case).
 */
export function tokensFromWords(text: string, lower: string, words: TextWords, lex: NameLexicon): Token[] {
  const b = new TokenBuilder(text, lower, lex);
  const data = words.data;
  const count = words.count;
  for (let k = 0; k < count; k++) {
    const at = k * WORD_STRIDE;
    const info = data[at + 3];
    b.gapBits |= info & 0xff;
    if ((info & W_HAS_DIGIT) === 0) {
      b.run(data[at], data[at + 1], data[at + 2]);
    } else if ((info & W_ALL_DIGITS) === 0) {
      // letters and digits: each stretch of letters is a run of its own
      const end = data[at + 1];
      let i = data[at];
      while (i < end) {
        if (text.charCodeAt(i) <= 57) {
          i++;
          continue;
        }
        const s = i;
        while (i < end && text.charCodeAt(i) > 57) i++;
        b.run(s, i, fnvRange(lower, s, i));
      }
    }
  }
  b.flush();
  return b.out;
}

/** Collects runs into tokens: the token being built stays open until a run arrives that does not join it. */
class TokenBuilder {
  readonly out: Token[] = [];
  /** G_* bits of the characters since the open token's last run (or since the text start). */
  gapBits = 0;
  private open = false;
  private start = 0;
  private end = 0;
  /** Hash of lower[start, end) while the token is one run; 0 after a join. */
  private hash = 0;
  private joined = false;
  private sentenceStart = true;
  /** Where the last emitted token's characters end (its dot included): the next token's gap starts there. */
  private prevEnd = 0;

  constructor(private readonly text: string, private readonly lower: string, private readonly lex: NameLexicon) {}

  run(s: number, e: number, hash: number): void {
    if (this.open) {
      const j = this.text.charCodeAt(s - 1);
      if (s === this.end + 1 && (j === 39 || j === 45)) {
        // one apostrophe or hyphen between two runs: one word ("o'brien"); the joiner ends no sentence
        this.end = e;
        this.joined = true;
        this.gapBits = 0;
        return;
      }
      const dot = this.emit();
      // a dot taken into the token is not in the gap: read the gap again without it
      if (dot && (this.gapBits & G_END) !== 0) this.gapBits = gapBitsOf(this.text, this.prevEnd, s);
    }
    this.open = true;
    this.start = s;
    this.end = e;
    this.hash = hash;
    this.joined = false;
    this.sentenceStart = this.out.length === 0 || (this.gapBits & G_END) !== 0;
    this.gapBits = 0;
  }

  flush(): void {
    if (this.open) this.emit();
    this.open = false;
  }

  /** Adds the open token (as tokens.ts pushToken does); true when it took the dot after it. */
  private emit(): boolean {
    const text = this.text;
    const start = this.start;
    const runEnd = this.end;
    let end = runEnd;
    // A trailing dot belongs to initials and abbreviations ("J.", "Dr."), not to a word that ends a sentence.
    if (end < text.length && text.charCodeAt(end) === 46 && (end - start < 2 || (end - start <= MAX_ABBREVIATION && ABBREVIATIONS.has(this.lower.slice(start, end))))) end++;
    const tookDot = end > runEnd;
    const consumed = end;
    // Possessive: "Daniel's daughter" names Daniel.
    let possessive = false;
    if (end - start > 3) {
      const s = text.charCodeAt(end - 1);
      const q = text.charCodeAt(end - 2);
      possessive = (s === 115 || s === 83) && q === 39;
      if (possessive) end -= 2;
    }
    let hash: number;
    if (!this.joined && end === runEnd) hash = this.hash;
    else if (!this.joined && end === runEnd + 1) hash = Math.imul(this.hash ^ 46, FNV_PRIME);
    else hash = fnvRange(this.lower, start, end);
    const slot = internWord(this.lex, this.lower, start, end, hash);
    this.out.push(new Token(text, start, end, this.prevEnd, internedWord(slot), shapeOf(text, start, end), this.sentenceStart, possessive, internedFlags(slot)));
    this.prevEnd = consumed;
    return tookDot;
  }
}

/** G_* bits of the characters text[from, to) (ASCII). */
function gapBitsOf(text: string, from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) bits |= GAP_BITS[c];
  }
  return bits;
}
