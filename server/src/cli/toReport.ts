// Engine results to report findings: line/column, masked previews, parse problems as `parse-error` findings.
import { structuralSeverity } from '../engine/policy/apply';
import type { ResolvedConfig } from '../engine/policy/config';
import type { Finding, LintResult } from '../engine/types';
import { LineIndex } from './lines';
import type { ReportFinding } from './report';

export interface ConvertOptions {
  path: string;
  raw: string;
  showValues: boolean;
  /** Added to offsets (streamed chunks). */
  offsetBase?: number;
  /** Findings before this raw offset are dropped (a repeated header line). */
  skipBefore?: number;
  lines: LineIndex;
  config: ResolvedConfig;
}

export function toReportFindings(result: LintResult, o: ConvertOptions): ReportFinding[] {
  const base = o.offsetBase ?? 0;
  const skip = o.skipBefore ?? 0;
  const out: ReportFinding[] = [];
  const add = (f: Finding) => {
    if (f.offset < skip) return;
    const local = f.offset - skip;
    const start = o.lines.position(local);
    const end = o.lines.position(local + f.length);
    const r: ReportFinding = {
      path: o.path,
      ruleId: f.ruleId,
      entity: f.entity,
      category: f.category,
      severity: f.severity,
      confidence: f.confidence,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: base + local,
      length: f.length,
      fieldPath: f.fieldPath,
      message: f.message,
      masked: f.masked,
      valueHash: f.fix.valueHash,
    };
    if (f.testValue) r.testValue = true;
    if (o.showValues && f.masked) r.value = o.raw.slice(f.offset, f.offset + f.length);
    out.push(r);
  };
  result.findings.forEach(add);
  for (const p of result.problems) {
    if (p.offset < skip) continue;
    const severity = structuralSeverity('parse-error', p.severity, o.config);
    if (!severity) continue;
    const local = p.offset - skip;
    const start = o.lines.position(local);
    const end = o.lines.position(local + p.length);
    out.push({
      path: o.path, ruleId: 'parse-error', entity: 'PARSE_ERROR', category: 'pii', severity, confidence: 1,
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: base + local, length: p.length,
      fieldPath: '', message: `${p.message} (this part of the file was not checked)`, masked: '', valueHash: '',
    });
  }
  return out;
}
