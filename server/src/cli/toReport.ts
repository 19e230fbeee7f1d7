// Engine results to compact report rows: line/column, masked previews, parse problems as `parse-error` rows.
// Rows are plain arrays without the path (the file they belong to says it): cheap to post from a worker,
// cheap to spill to disk, and they hold no slice of the linted text (strings are copied).
import { structuralSeverity } from '../engine/policy/apply';
import type { ResolvedConfig } from '../engine/policy/config';
import type { Category, Finding, LintResult, Severity } from '../engine/types';
import { LineIndex } from './lines';
import type { ReportFinding } from './report';

/** ruleId, entity, category, severity, confidence, line, column, endLine, endColumn, offset, length,
 *  fieldPath, message, masked, valueHash, testValue (0|1), value (only with --show-values). */
export type Row = [
  string, string, Category, Severity, number, number, number, number, number, number, number,
  string, string, string, string, 0 | 1, string?,
];

export const R = {
  ruleId: 0, entity: 1, category: 2, severity: 3, confidence: 4, line: 5, column: 6, endLine: 7, endColumn: 8,
  offset: 9, length: 10, fieldPath: 11, message: 12, masked: 13, valueHash: 14, testValue: 15, value: 16,
} as const;

export interface ConvertOptions {
  raw: string;
  showValues: boolean;
  /** Added to offsets (streamed chunks). */
  offsetBase?: number;
  /** Findings before this raw offset are dropped (a repeated header line). */
  skipBefore?: number;
  /** Added to the N of an utterance's `line N` field path (a streamed chunk numbers its lines from 1). */
  lineShift?: number;
  lines: LineIndex;
  config: ResolvedConfig;
}

/** A flat copy of a string, so a kept value does not pin the (possibly huge) text it was sliced from. */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

function shiftLine(fieldPath: string, shift: number): string {
  const m = /^line (\d+)$/.exec(fieldPath);
  return m ? `line ${Number(m[1]) + shift}` : detach(fieldPath);
}

export function toRows(result: LintResult, o: ConvertOptions): Row[] {
  const base = o.offsetBase ?? 0;
  const skip = o.skipBefore ?? 0;
  const shift = o.lineShift ?? 0;
  const out: Row[] = [];
  const add = (f: Finding) => {
    if (f.offset < skip) return;
    const local = f.offset - skip;
    const start = o.lines.position(local);
    const end = o.lines.position(local + f.length);
    const row: Row = [
      f.ruleId, f.entity, f.category, f.severity, f.confidence, start.line, start.column, end.line, end.column,
      base + local, f.length, shift ? shiftLine(f.fieldPath, shift) : detach(f.fieldPath), f.message, f.masked, f.fix.valueHash, f.testValue ? 1 : 0,
    ];
    if (o.showValues && f.masked) row.push(detach(o.raw.slice(f.offset, f.offset + f.length)));
    out.push(row);
  };
  result.findings.forEach(add);
  for (const p of result.problems) {
    if (p.offset < skip) continue;
    const severity = structuralSeverity('parse-error', p.severity, o.config);
    if (!severity) continue;
    const local = p.offset - skip;
    const start = o.lines.position(local);
    const end = o.lines.position(local + p.length);
    out.push([
      'parse-error', 'PARSE_ERROR', 'pii', severity, 1, start.line, start.column, end.line, end.column, base + local, p.length,
      '', `${p.message} (this part of the file was not checked)`, '', '', 0,
    ]);
  }
  return out;
}

export function rowToFinding(row: Row, path: string): ReportFinding {
  const f: ReportFinding = {
    path,
    ruleId: row[0], entity: row[1], category: row[2], severity: row[3], confidence: row[4],
    line: row[5], column: row[6], endLine: row[7], endColumn: row[8], offset: row[9], length: row[10],
    fieldPath: row[11], message: row[12], masked: row[13], valueHash: row[14],
  };
  if (row[15]) f.testValue = true;
  if (row.length > 16 && row[16] !== undefined) f.value = row[16];
  return f;
}
