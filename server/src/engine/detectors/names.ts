// Person names (PERSON): cue phrases, titles, multinational first/last-name dictionaries, capitalisation
// and position. Confidence follows the evidence; a bare common-word name ("to Mark") stays a hint.
import type { Detection, Severity } from '../types';
import type { DetectContext, Detector } from './types';
import { QUICK_CUES } from './names/cues';
import { findNames } from './names/scan';
import { NAME_EXAMPLES } from './names/examples';

const HAS_INNER_CAPITAL = /[^\n.!?]\s+["'(“]?\p{Lu}(?![\s'’]|$)/u;

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
    return HAS_INNER_CAPITAL.test(text) || /[\n:]\s*\p{Lu}/u.test(text) || QUICK_CUES.test(lower) || isShortAnswer(text) || !/\p{Lu}/u.test(text);
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

/** A short text starting with a capital ("Lorilee Landingham") may be a bare name given as an answer. */
function isShortAnswer(text: string): boolean {
  return text.length < 40 && /^\s*\p{Lu}/u.test(text);
}
