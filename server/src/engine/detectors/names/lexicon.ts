// Name and common-word dictionaries. The words come precomputed from ./lexiconData.generated.ts (built by
// ./lexiconSource.ts from faker's multinational given/family names, SCOWL, dale-chall, faker's English lists and
// our own lists in ./words.ts): loading is finding bucket boundaries in one string, done on first use.
// One lookup answers every question about a word (WORD_FLAG bits).
import { LEXICON_BUCKET_BITS, LEXICON_FLAG_VALUES, LEXICON_TABLE } from './lexiconData.generated';
import { NAME_FLAGS, WORD_FLAG } from './lexiconFlags';
import { WordTable } from './wordTable';

/** Bits of the Bloom filter of distinctive names (2^17 bits for ~18,000 words: ~13% false hits). */
const NAME_BLOOM_BITS = 17;

export { WORD_FLAG } from './lexiconFlags';

/** The only operation callers need from a word set. */
export interface WordSet {
  has(word: string): boolean;
}

export interface NameLexicon {
  /** WORD_FLAG bits of a lower-cased word (0 when unknown): one lookup for all of the sets below. */
  flags(word: string): number;
  /** The same for lower[start, end) of a lower-cased text, without taking a substring. */
  flagsAt(lower: string, start: number, end: number): number;
  /** The table itself, for scans that hash words as they go (WordTable.flagsAtHashed). */
  table: WordTable;
  /**
   * Bloom filter (WordTable.bloom) of distinctive names: given or family names that are neither ordinary words nor
   * non-names. A clear bit proves a word is not one, without a lookup.
   */
  distinctiveNames: Uint32Array;
  /** Lower-cased given names. */
  first: WordSet;
  /** Lower-cased family names. */
  last: WordSet;
  /** Lower-cased ordinary English words (a capitalised one is weak evidence of a name). */
  common: WordSet;
  /** Given names that are also ordinary words ("will", "mark", "grace"). */
  ambiguous: WordSet;
  /** Capitalised words that are never part of a person name here: months, weekdays, places, brands. */
  nonName: WordSet;
  /** Last words of street and place names ("Route", "Turnpike", "Coves"). */
  placeSuffix: WordSet;
  /** Closed-class and everyday chat words ("my", "the", "booking"), never part of a name. */
  closed: WordSet;
}

let cached: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const table = new WordTable(LEXICON_TABLE, LEXICON_FLAG_VALUES, LEXICON_BUCKET_BITS);
  const view = (bit: number): WordSet => ({ has: (w) => (table.flags(w) & bit) !== 0 });
  const notName = WORD_FLAG.common | WORD_FLAG.nonName | WORD_FLAG.ambiguous;
  cached = {
    table,
    distinctiveNames: table.bloom((f) => (f & NAME_FLAGS) !== 0 && (f & notName) === 0, NAME_BLOOM_BITS),
    flags: (w) => table.flags(w),
    flagsAt: (s, start, end) => table.flagsAt(s, start, end),
    first: view(WORD_FLAG.first),
    last: view(WORD_FLAG.last),
    common: view(WORD_FLAG.common),
    ambiguous: view(WORD_FLAG.ambiguous),
    nonName: view(WORD_FLAG.nonName),
    placeSuffix: view(WORD_FLAG.placeSuffix),
    closed: view(WORD_FLAG.closed),
  };
  return cached;
}
