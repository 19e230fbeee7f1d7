// Machine-readable output with a stable, documented schema (docs/cli.md, "JSON output").
import type { FileReport } from '../report';
import type { FormatContext } from './types';

export const JSON_SCHEMA_VERSION = 1;

export function formatJson(reports: FileReport[], ctx: FormatContext): string {
  const findings = reports.flatMap((r) =>
    r.findings.map((f) => {
      const o: Record<string, unknown> = {
        path: f.path,
        ruleId: f.ruleId,
        entity: f.entity,
        category: f.category,
        severity: f.severity,
        confidence: f.confidence,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        offset: f.offset,
        length: f.length,
        fieldPath: f.fieldPath,
        message: f.message,
        masked: f.masked,
        valueHash: f.valueHash,
      };
      if (f.testValue) o.testValue = true;
      if (f.value !== undefined) o.value = f.value;
      return o;
    }),
  );
  const files = reports.map((r) => {
    const o: Record<string, unknown> = { path: r.path, kind: r.kind, findings: r.findings.length };
    if (r.error) o.error = r.error;
    if (r.fixed) o.fixed = r.fixed;
    if (r.baselined) o.baselined = r.baselined;
    if (r.diff) o.diff = r.diff;
    return o;
  });
  return JSON.stringify(
    { schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'pii-lint', version: ctx.version }, summary: ctx.summary, findings, files },
    null,
    2,
  ) + '\n';
}
