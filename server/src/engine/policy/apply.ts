// Policy: per-rule severity and minimum confidence, test values, allowlist. Decides the final severity of a
// detection, or null when the detection is not reported.
import { SEVERITY_RANK, type Detection, type Severity } from '../types';
import type { ResolvedConfig } from './config';

export function severityFor(d: Detection, defaultSeverity: Severity, config: ResolvedConfig): Severity | null {
  const rule = config.rules[d.detectorId];
  if (rule?.severity === 'off') return null;
  if (d.testValue) {
    const tv = config.detectorOptions.testValues;
    return tv === 'off' ? null : tv;
  }
  const minConfidence = rule?.minConfidence ?? config.minConfidence;
  if (d.confidence < minConfidence) return null;
  if (rule?.severity) {
    // A detector may demote a weak match below its default (e.g. info without context); keep that demotion.
    return SEVERITY_RANK[d.severity] < SEVERITY_RANK[defaultSeverity] ? d.severity : rule.severity;
  }
  return d.severity;
}

/** Severity for a structural issue (its rule can be configured like any other). */
export function structuralSeverity(ruleId: string, severity: Severity, config: ResolvedConfig): Severity | null {
  const rule = config.rules[ruleId];
  if (rule?.severity === 'off') return null;
  return rule?.severity ?? severity;
}
