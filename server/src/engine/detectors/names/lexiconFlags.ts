// Bits of the one word -> flags map behind the name dictionaries (one lookup answers every question about a word).
export const WORD_FLAG = {
  /** A given name. */
  first: 1,
  /** A family name. */
  last: 2,
  /** An ordinary English word. */
  common: 4,
  /** A given name that is also an ordinary word ("will", "mark", "grace"). */
  ambiguous: 8,
  /** Never part of a person name here: months, weekdays, places, brands. */
  nonName: 16,
  /** Last word of street and place names ("route", "turnpike"). */
  placeSuffix: 32,
  /** A closed-class or everyday chat word ("my", "the", "booking"): never part of a name (./words.ts). */
  closed: 64,
} as const;

/** A given or a family name. */
export const NAME_FLAGS = WORD_FLAG.first | WORD_FLAG.last;
