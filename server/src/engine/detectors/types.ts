// The contract every detector module implements. One module per detector; each carries its own
// true-positive and false-positive examples, and one table-driven test runs them all.
import type { Category, Detection, Role, Severity } from '../types';

export interface DetectContext {
  /** Role of the text in the training data (undefined for free text). */
  role?: Role;
  /** Readable field path, for context scoring only. */
  path?: string;
  /** Lower-cased copy of the text, computed once per text and shared by all detectors. */
  lower: string;
  /** Options from the resolved configuration that detectors may read (e.g. PHI sensitivity). */
  options: DetectorOptions;
  /**
   * The words of the text as the runner's one pass read them (ASCII texts only; undefined for others, and when no
   * detector of the list asks for words: see `quickCheckWords`). Reused for the next text: read it during this call.
   */
  words?: TextWords;
}

/**
 * The words of an ASCII text, read by the runner's one pass (textScan.ts) while it looks for triggers and facts:
 * maximal runs of ASCII letters and digits, in order. One typed array reused for every text (valid only while the
 * detectors run on the text it was read from), WORD_STRIDE int32 slots per word (constants in textWords.ts); for
 * word k at `at = k * WORD_STRIDE`:
 * - `data[at + WORD_START]`, `data[at + WORD_END]`: the word is text[start, end);
 * - `data[at + WORD_HASH]`: FNV-1a (32-bit, signed) of the word's lower case, the hash names/wordTable.ts
 *   `hashRange` computes over `ctx.lower` (`hash >>> 0` equals hashRange(lower, start, end));
 * - `data[at + WORD_INFO]`: the G_* bits (low byte) of the characters between word k-1 (or the start of the text)
 *   and word k (another character than a space, a sentence or line end, a '.', an apostrophe or hyphen), and
 *   W_HAS_DIGIT / W_ALL_DIGITS (letters only: neither; a number: both).
 * W_FIRST_UPPER marks a word that starts with a capital when `cased` is true (the pass read the text, not its lower
 * case); otherwise read `text.charCodeAt(start)` for a capital.
 */
export interface TextWords {
  /** Words recorded for the current text. */
  count: number;
  data: Int32Array;
  /**
   * The pass read the text itself, not its lower case, so W_FIRST_UPPER marks the words that start with a capital
   * (set by the runner; false: read `text.charCodeAt(start)`).
   */
  cased: boolean;
}

export interface DetectorOptions {
  /** Report a health term with no identifier or disclosure: 'off' (default) or a severity. */
  healthTermsAlone: 'off' | Severity;
  /** Severity for well-known test values (555-01xx, example.com, test cards); 'off' hides them. */
  testValues: 'off' | Severity;
}

export interface DetectorExample {
  /** Text to run the detector on. */
  text: string;
  /** For true positives: the exact substring(s) that must be reported. */
  expect?: string[];
  role?: Role;
}

export interface Detector {
  id: string;
  entity: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  /** Must be found (each `expect` value exactly). */
  truePositives: DetectorExample[];
  /** Must produce nothing from this detector at warning or above. */
  falsePositives: DetectorExample[];
  /**
   * Cheap prefilter on the lower-cased text: return false to skip `detect` entirely.
   * Keeps full detection fast (most utterances carry no digits, no '@', no cue words).
   */
  quickCheck?(lower: string, text: string): boolean;
  /**
   * The same answer as `quickCheck`, from the words of the runner's one pass (ASCII texts; see TextWords), the text
   * and its lower case when the runner made one already (a flat string: cheaper to read than a slice of a
   * document): the runner calls this instead of `quickCheck` when it has the words, and records them only for
   * lists with a detector that declares this. `quickCheck` stays the reference (tests compare the two) and serves
   * other texts. The runner also passes `classes`, the text's W_* word classes (wordClasses.ts), and `facts`, its
   * F_* facts (textFacts.ts; capitals are assumed when the pass read a lower-case copy), as the same pass read them.
   */
  quickCheckWords?(words: TextWords, text: string, lower?: string, classes?: number, facts?: number): boolean;
  /**
   * Lower-case strings of which at least one must occur in the lower-cased text for `detect` (and `quickCheck`) to
   * run. The runner looks for every detector's triggers in one pass over the text, so this is the cheapest prefilter.
   * A trigger starting with a letter or digit must start a word ("pass" fires on "passport" but not "bypass");
   * single punctuation characters ("@") match anywhere. `detect` decides the rest.
   */
  triggers?: readonly string[];
  /**
   * The detector only runs on texts with at least this many ASCII digits (counted once per text by the runner,
   * before any quickCheck): most utterances have no digits, so identifier detectors cost nothing there.
   */
  minDigits?: number;
  /**
   * The detector only runs on texts with a run of at least this many consecutive ASCII digits ("\d{9}" needs 9).
   * Read off the runner's one pass over the text, like `minDigits`.
   */
  minDigitRun?: number;
  /**
   * The detector only runs on texts where at least one of these F_* facts (textFacts.ts) holds: punctuation counts
   * and word shapes the runner reads off its one pass ("3 dots or 2 colons" for an IP address). One AND per text.
   */
  anyFacts?: number;
  /**
   * The detector only runs on texts holding an ASCII word (letters and digits, split at anything else) that mixes
   * letters and digits and has one of these lengths; 31 stands for 31 or more (a VIN is one 17-character word).
   */
  mixedWordLengths?: readonly number[];
  /** The detector only runs on texts holding a word of one of these W_* classes (wordClasses.ts). */
  wordClassesAny?: number;
  /** The detector is skipped entirely under these options (checked once per linter, not per text). */
  offWith?(options: DetectorOptions): boolean;
  detect(text: string, ctx: DetectContext): Detection[];
}
