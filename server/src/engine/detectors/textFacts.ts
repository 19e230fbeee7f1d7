// Facts about a text's characters and word shapes that the runner reads off its one pass (textScan.ts), so a
// detector can say what any match of its needs (`anyFacts`, `minDigitRun`, `mixedWordLengths` in types.ts) and be
// skipped with one AND instead of running its own prefilter. Every fact is a necessary condition only: a detector
// that declares one must find nothing on a text without it. Texts with non-ASCII characters get every fact.

/** An '@'. */
export const F_AT = 1 << 0;
/** At least two '.' between letters or digits ("001a.2b3c.4d5e"; not the ". " ending a sentence). */
export const F_INNER_DOTS2 = 1 << 1;
/** At least three '.' between letters or digits ("81.44.120.7"). */
export const F_INNER_DOTS3 = 1 << 2;
/** At least two ':' in the text. */
export const F_COLONS2 = 1 << 3;
/** At least five ':' in the text. */
export const F_COLONS5 = 1 << 4;
/** At least five '-' in the text. */
export const F_DASHES5 = 1 << 5;
/** A '/'. */
export const F_SLASH = 1 << 6;
/** A '-'. */
export const F_DASH = 1 << 7;
/** A word that starts with two letters and two digits ("GB29", "FR763000"): an IBAN's head. */
export const F_LETTERS2_DIGITS2 = 1 << 8;
/** Two letters right before a digit, or a two-letter word, one space and a digit ("AB123456C", "AB 12 34 56 C"). */
export const F_LETTERS2_DIGIT = 1 << 9;
/** A line break. */
export const F_NEWLINE = 1 << 10;
/** An upper-case ASCII letter anywhere. */
export const F_UPPER = 1 << 11;
/** An upper-case letter starting a word that is not the text's first word ("... to Mark"). */
export const F_CAPITAL_AFTER_FIRST = 1 << 12;
/** A '#'. */
export const F_HASH = 1 << 13;
/** A word of nine digits, or words of 3, 2 and 4 digits joined by one and the same ' ' or '-' (a US SSN's layout). */
export const F_SSN_LAYOUT = 1 << 14;

/** Every fact: what a text the one pass did not read (non-ASCII) gets. */
export const ALL_FACTS = -1;

/** The longest mixed word the length mask tells apart; longer ones count as this length. */
export const MIXED_LENGTH_CAP = 31;

/** Bit mask of mixed-word lengths (bit k = a word of length k; bit 31 = 31 or more). */
export function mixedLengthMask(lengths: readonly number[]): number {
  let mask = 0;
  for (const len of lengths) {
    if (!Number.isInteger(len) || len < 2) throw new Error(`a mixed word has at least 2 characters, not ${len}`);
    mask |= 1 << Math.min(len, MIXED_LENGTH_CAP);
  }
  return mask;
}
