// A document's LintResult from detections that another thread computed: the engine's own policy steps, in the
// engine's order, i.e. what `Linter.lintDocument` does after `detect` (engine/lint.ts: findingsForText and
// lintDocument). The two-thread pipeline needs it because the engine's linter can only use detections it ran
// itself; test/cli/result-from-detections.test.ts checks that both give the same findings for every file kind.
import { createCustomDetector } from '../engine/detectors/custom';
import { ALL_DETECTORS } from '../engine/detectors/registry';
import { buildFinding, buildStructuralFinding } from '../engine/findings/build';
import { compileAllowlist } from '../engine/policy/allowlist';
import { severityFor, structuralSeverity } from '../engine/policy/apply';
import type { ResolvedConfig } from '../engine/policy/config';
import type { Detection, Finding, LintResult, ParsedDocument, Severity } from '../engine/types';

/** Detections of each of a document's texts (by index); undefined or empty for a text without any. */
export type DetectionsOf = (textIndex: number) => readonly Detection[] | undefined;

export type ResultBuilder = (doc: ParsedDocument, detectionsOf: DetectionsOf, path?: string) => LintResult;

/** For one config: the defaults, allow-list and salt are prepared once. No synthesizer: the pipeline never fixes. */
export function resultBuilder(config: ResolvedConfig): ResultBuilder {
  const custom = config.customDetectors.map(createCustomDetector).filter((d) => d !== null);
  const defaults = new Map<string, Severity>([...ALL_DETECTORS, ...custom].map((d) => [d.id, d.defaultSeverity]));
  const allowlist = compileAllowlist(config);
  return (doc, detectionsOf, path) => {
    const findings: Finding[] = [];
    const texts = doc.texts;
    for (let i = 0; i < texts.length; i++) {
      const dets = detectionsOf(i);
      if (!dets || dets.length === 0) continue;
      const t = texts[i];
      const text = t.text;
      for (const d of dets) {
        const severity = severityFor(d, defaults.get(d.detectorId) ?? d.severity, config);
        if (!severity) continue;
        if (!allowlist.empty && allowlist.isAllowed(text.slice(d.start, d.end))) continue;
        findings.push(buildFinding(t, d, severity, config.salt, undefined, text));
      }
    }
    for (const issue of doc.structural) {
      const severity = structuralSeverity(issue.ruleId, issue.severity, config);
      if (severity) findings.push(buildStructuralFinding(issue, severity, config.salt));
    }
    findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
    return { path, kind: doc.kind, findings, problems: doc.problems, counts: doc.counts };
  };
}
