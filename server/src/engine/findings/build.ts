// Turns a detection (decoded offsets inside one text) into a Finding: raw range, message, masked preview and
// precomputed fix data (replacements already escaped for the raw encoding).
import { escapeFor, maskValue, placeholderFor, type Synthesizer } from '../fix';
import { hashValue } from '../policy/hash';
import type { Detection, ExtractedText, Finding, FixData, Severity, StructuralIssue } from '../types';
import { maskPreview } from './mask';
import { findingMessage } from './messages';
import { rawOffsetIn } from './range';

export function buildFinding(
  t: ExtractedText,
  d: Detection,
  severity: Severity,
  salt: string,
  synthesizer: Synthesizer | undefined,
  /** `t.text` when the caller has read it already (formats may compute it on each read). */
  text: string = t.text,
): Finding {
  const value = text.slice(d.start, d.end);
  // Segments, path and role may be computed on each read too: read each once.
  const segments = t.segments;
  const offset = rawOffsetIn(segments, t.rawStart, d.start);
  const rawEnd = d.end >= text.length ? t.rawEnd : rawOffsetIn(segments, t.rawStart, d.end);
  const role = t.role;
  const fieldPath = t.path;
  return {
    ruleId: d.detectorId,
    entity: d.entity,
    category: d.category,
    severity,
    confidence: d.confidence,
    offset,
    length: Math.max(0, rawEnd - offset),
    fieldPath,
    role,
    message: findingMessage(d.entity, role, t.owner, fieldPath, d.testValue),
    masked: maskPreview(value, d.entity),
    reason: d.reason,
    testValue: d.testValue || undefined,
    fix: replacementsFor(t.encoding, d.entity, value, hashValue(value, salt), synthesizer),
  };
}

/**
 * Fix data whose synthetic value and mask are computed on first read (then kept): most findings are reported and
 * never fixed, and drawing a synthetic value (a seeded faker call) cost more than detecting the value. The getters
 * are own enumerable properties, so JSON, spreads and structured clones (worker messages) still carry the values.
 */
function replacementsFor(encoding: ExtractedText['encoding'], entity: string, value: string, valueHash: string, synthesizer: Synthesizer | undefined): FixData {
  let synthetic: string | undefined | null = synthesizer ? null : undefined;
  let mask: string | undefined;
  return {
    get synthetic() {
      if (synthetic === null) synthetic = escapeFor(encoding, synthesizer!.synthetic(entity, value));
      return synthetic;
    },
    placeholder: escapeFor(encoding, placeholderFor(entity)),
    get mask() {
      return (mask ??= escapeFor(encoding, maskValue(value)));
    },
    valueHash,
  };
}

/** Structural issues (e.g. an unprotected variable) become findings with their own edits as the fix. */
export function buildStructuralFinding(issue: StructuralIssue, severity: Severity, salt: string): Finding {
  return {
    ruleId: issue.ruleId,
    entity: issue.entity,
    category: issue.category,
    severity,
    confidence: issue.confidence,
    offset: issue.offset,
    length: issue.length,
    fieldPath: issue.fieldPath,
    message: issue.message,
    masked: '',
    fix: {
      placeholder: '',
      mask: '',
      valueHash: hashValue(`${issue.ruleId}:${issue.fieldPath}`, salt),
      edits: issue.fix,
    },
  };
}
