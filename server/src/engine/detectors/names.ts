// Person names (PERSON): cue phrases, titles, multinational first/last-name dictionaries, capitalisation
// and position. Confidence follows the evidence; a bare common-word name ("to Mark") stays a hint.
import type { Detection, Severity } from '../types';
import type { DetectContext, Detector, TextWords } from './types';
import { findNames } from './names/scan';
import { mayHoldName } from './names/prefilter';
import { mayHoldNameInWords } from './names/prefilterWords';
import { NAME_EXAMPLES } from './names/examples';
import { capMayApply, structuralCap } from './names/identifiers';

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
    return mayHoldName(lower, text);
  },
  quickCheckWords(words: TextWords, text: string, lower?: string): boolean {
    return mayHoldNameInWords(words, text, lower);
  },
  detect(text: string, ctx: DetectContext): Detection[] {
    const out: Detection[] = [];
    const hits = findNames(text, ctx.lower, ctx.words);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      let confidence = h.confidence;
      const wholeText = h.wholeText === true;
      // (the hit's text is cut only where a cap may apply)
      const cap = capMayApply(ctx.role, wholeText) ? structuralCap(text.slice(h.start, h.end), ctx.role, wholeText) : undefined;
      if (cap === 0) continue;
      if (cap !== undefined) confidence = Math.min(confidence, cap);
      out.push({
        detectorId: 'person-name',
        entity: 'PERSON',
        category: 'pii',
        start: h.start,
        end: h.end,
        confidence,
        severity: severityForNameConfidence(confidence),
        reason: h.reason,
      });
    }
    return out;
  },
};

