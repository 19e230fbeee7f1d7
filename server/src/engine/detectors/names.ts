// Person names (PERSON): cue phrases, titles, multinational first/last-name dictionaries, capitalisation
// and position. Confidence follows the evidence; a bare common-word name ("to Mark") stays a hint.
import type { Detection, Severity } from '../types';
import type { DetectContext, Detector } from './types';
import { QUICK_CUES } from './names/cues';
import { findNames } from './names/scan';
import { nameLexicon } from './names/lexicon';
import { NAME_EXAMPLES } from './names/examples';

// A capital after a word (not after sentence punctuation); a lone "I" does not count.
// The capital is matched first and the lookbehind (which includes it) checked only there: far cheaper than a
// lookbehind tried at every position.
const HAS_INNER_CAPITAL = /\p{Lu}(?<=[\p{L}\d,;:)"”'’]\s{1,3}["'(“]?\p{Lu})(?![\s'’?!.,]|$)/u;
const PLAIN_WORD = /[a-zà-ÿ]{3,}/g;

export function severityForNameConfidence(confidence: number): Severity {
  if (confidence >= 0.7) return 'warning';
  if (confidence >= 0.5) return 'info';
  return 'hint';
}

export const personNameDetector: Detector = {
  id: 'person-name',
  entity: 'PERSON',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Person names: after cue phrases or titles, known given/family names, capitalised name-like words.',
  truePositives: NAME_EXAMPLES.truePositives,
  falsePositives: NAME_EXAMPLES.falsePositives,
  quickCheck(lower: string, text: string): boolean {
    // Any capitalised word beyond the first, or a cue word in lower case text.
    if (QUICK_CUES.test(lower)) return true;
    // All-caps or all-lower-case text: capitals say nothing, only cues and dictionary names do.
    if (!HAS_LOWER.test(text) || !HAS_UPPER.test(text)) return hasDictionaryGivenName(lower, true) || INITIAL_AND_WORD.test(lower);
    return HAS_INNER_CAPITAL.test(text) || /[\n:]\s*\p{Lu}/u.test(text) || isShortAnswer(text) || hasDictionaryGivenName(lower, false);
  },
  detect(text: string, ctx: DetectContext): Detection[] {
    return findNames(text, ctx.lower).map((h) => ({
      detectorId: 'person-name',
      entity: 'PERSON',
      category: 'pii',
      start: h.start,
      end: h.end,
      confidence: h.confidence,
      severity: severityForNameConfidence(h.confidence),
      reason: h.reason,
    }));
  },
};

/**
 * A known given name that is not an everyday word: anywhere in a caseless text ("joshua gavrilov"), or at the start
 * of a sentence in mixed-case text ("Catherine is ..."; elsewhere a capital or a cue already passed the check).
 */
function hasDictionaryGivenName(lower: string, caseless: boolean): boolean {
  const lex = nameLexicon();
  const re = caseless ? PLAIN_WORD : SENTENCE_FIRST_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const w = caseless ? m[0] : m[1];
    if (lex.first.has(w) && !lex.common.has(w) && !lex.ambiguous.has(w)) return true;
  }
  return false;
}
const HAS_LOWER = /\p{Ll}/u;
const INITIAL_AND_WORD = /(?:^|[^a-z])[a-z]\. [a-z]{3,}/;
const HAS_UPPER = /\p{Lu}/u;
const SENTENCE_FIRST_WORD = /(?:^|[.!?\n]\s*)([a-zà-ÿ]{3,})/g;

/** A short text of capitalised words ("Lorilee Landingham", "Dulcie, Petsch") may be a bare name given as an answer. */
function isShortAnswer(text: string): boolean {
  return text.length < 48 && SHORT_NAME.test(text);
}
const SHORT_NAME = /^\s*\p{Lu}[\p{L}'’.-]*(?:,?\s+[\p{Lu}][\p{L}'’.-]*){0,3}[\s.!,]*$/u;
