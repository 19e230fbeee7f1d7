// Health information (PHI). `health-term` reports conditions, medications and procedures on their own (off by
// default: a symptom-checker bot trains on "I have a headache"); `health-disclosure` reports first-person or family
// disclosures; `phiCooccurrence` (called by the runner after all detectors) reports health terms in
// a text that also names a person or carries an identifier.
import type { Detection } from '../types';
import { SEVERITY_RANK } from '../types';
import type { DetectContext, Detector } from './types';
import { findDisclosures } from './health/disclosure';
import { HEALTH_EXAMPLES, DISCLOSURE_EXAMPLES } from './health/examples';
import { findTerms, type HealthKind } from './health/terms';
import { W_HEALTH, wordClasses } from './wordClasses';

const KIND_LABEL: Record<HealthKind, string> = {
  condition: 'health condition',
  symptom: 'symptom',
  medication: 'medication',
  procedure: 'medical procedure or test',
  status: 'health status',
};

export const healthTermDetector: Detector = {
  id: 'health-term',
  entity: 'HEALTH_TERM',
  category: 'phi',
  defaultSeverity: 'hint',
  description:
    'A health condition, medication or procedure on its own. Off by default (option healthTermsAlone): symptom-checker bots legitimately train on such text.',
  truePositives: HEALTH_EXAMPLES.truePositives,
  falsePositives: HEALTH_EXAMPLES.falsePositives,
  offWith: (options) => options.healthTermsAlone === 'off',
  detect(text: string, ctx: DetectContext): Detection[] {
    const severity = ctx.options.healthTermsAlone;
    if (severity === 'off') return [];
    return findTerms(ctx.lower).map((t) => ({
      detectorId: 'health-term',
      entity: 'HEALTH_TERM',
      category: 'phi',
      start: t.start,
      end: t.end,
      confidence: t.kind === 'symptom' ? 0.5 : 0.7,
      severity,
      reason: KIND_LABEL[t.kind],
    }));
  },
};

export const healthDisclosureDetector: Detector = {
  id: 'health-disclosure',
  entity: 'HEALTH_DISCLOSURE',
  category: 'phi',
  defaultSeverity: 'error',
  description:
    'Health information about a person: a first-person or family disclosure ("I was diagnosed with ...", "my son has autism"), or a health term in the same text as a name or an identifier.',
  truePositives: DISCLOSURE_EXAMPLES.truePositives,
  falsePositives: DISCLOSURE_EXAMPLES.falsePositives,
  // A disclosure needs a health term (one word-hash scan finds a word of one) and, before it, "diagnosed",
  // "... positive", "my", or a first-person "i ", "i'", "im " (substrings keep this a strict superset).
  wordClassesAny: W_HEALTH,
  quickCheck: (lower) => (wordClasses(lower) & W_HEALTH) !== 0 && DISCLOSURE_CUE.test(lower),
  detect(_text: string, ctx: DetectContext): Detection[] {
    const terms = findTerms(ctx.lower);
    if (terms.length === 0) return [];
    return findDisclosures(ctx.lower, terms).map((d) => ({
      detectorId: 'health-disclosure',
      entity: 'HEALTH_DISCLOSURE',
      category: 'phi',
      start: d.start,
      end: d.end,
      confidence: 0.9,
      severity: 'error',
      reason: d.reason,
    }));
  },
};

const DISCLOSURE_CUE = /diagnosed|positive|my|i[\s'’]|im\s/;

/** Entities that tie health information to someone when they share a text with it. */
const NOT_IDENTIFYING = new Set(['HEALTH_TERM', 'HEALTH_DISCLOSURE', 'ICD10_CODE', 'LOCATION', 'DATE', 'UNPROTECTED_VARIABLE', 'CUSTOM']);

/**
 * Health terms in a text that also holds a person's name or an identifier (at warning or above). Called by the
 * runner (run.ts) with the other detectors' results for the same text, overlaps resolved; returns only new
 * HEALTH_DISCLOSURE detections (terms already reported as disclosures are skipped).
 */
export function phiCooccurrence(text: string, detections: Detection[]): Detection[] {
  const anchor = detections.find(
    // weak names (info: a capitalised phrase without a cue) do not anchor: on FAQ text they are headings and products
    (d) => !NOT_IDENTIFYING.has(d.entity) && !d.testValue && SEVERITY_RANK[d.severity] >= SEVERITY_RANK.warning,
  );
  if (!anchor) return [];
  const terms = findTerms(text.toLowerCase());
  const out: Detection[] = [];
  for (const t of terms) {
    if (detections.some((d) => d.entity === 'HEALTH_DISCLOSURE' && d.start < t.end && t.start < d.end)) continue;
    if (anchor.start < t.end && t.start < anchor.end) continue;
    out.push({
      detectorId: 'health-disclosure',
      entity: 'HEALTH_DISCLOSURE',
      category: 'phi',
      start: t.start,
      end: t.end,
      confidence: anchor.entity === 'PERSON' ? Math.min(0.9, anchor.confidence) : 0.85,
      severity: 'error',
      reason: `${KIND_LABEL[t.kind]} in the same text as ${anchor.entity === 'PERSON' ? 'a person name' : 'an identifier'}`,
    });
  }
  return out;
}
