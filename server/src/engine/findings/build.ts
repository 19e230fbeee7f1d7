// Turns a detection (decoded offsets inside one text) into a Finding: raw range and where it sits; the message,
// masked preview and fix data (replacements already escaped for the raw encoding) are computed when first read.
import { hashValue } from '../policy/hash';
import type { Detection, ExtractedText, Finding, Severity, StructuralIssue } from '../types';
import { rawOffsetIn } from './range';
import { TextFinding, type FindingSettings } from './textFinding';

export type { FindingSettings } from './textFinding';

export function buildFinding(
  t: ExtractedText,
  d: Detection,
  severity: Severity,
  settings: FindingSettings,
  /** `t.text` when the caller has read it already (formats may compute it on each read). */
  text: string = t.text,
): Finding {
  // Segments, path, role and owner may be computed on each read too (lazy texts): read each once, now, so the
  // finding does not change if the text object is moved into an edited document later.
  const segments = t.segments;
  const offset = rawOffsetIn(segments, t.rawStart, d.start);
  const rawEnd = d.end >= text.length ? t.rawEnd : rawOffsetIn(segments, t.rawStart, d.end);
  return new TextFinding(d, severity, offset, Math.max(0, rawEnd - offset), t.path, t.role, t.owner, t.encoding, text, settings);
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
