// Baselines: accepted findings recorded by rule, file and salted value hash (never the value, never a line
// number), so entries survive edits elsewhere in the file. A key recorded N times suppresses N findings.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FileReport, ReportFinding } from './report';

export interface BaselineEntry {
  ruleId: string;
  path: string;
  hash: string;
  count: number;
}

export interface BaselineFile {
  version: 1;
  note: string;
  entries: BaselineEntry[];
}

export const DEFAULT_BASELINE = '.piilint-baseline.json';

function key(ruleId: string, path: string, hash: string): string {
  return `${ruleId}\u0000${path}\u0000${hash}`;
}

/** Structural findings have no value: their key is the field path (hashed by the engine too). */
function findingKey(f: ReportFinding): string {
  return key(f.ruleId, f.path, f.valueHash || `${f.fieldPath}`);
}

export class BaselineError extends Error {}

export function readBaseline(path: string): Map<string, number> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(`cannot read baseline ${path}: ${code ?? (e as Error).message}`);
  }
  const entries = (data as BaselineFile)?.entries;
  if (!Array.isArray(entries)) throw new BaselineError(`baseline ${path} has no "entries" array`);
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (!e || typeof e.ruleId !== 'string' || typeof e.path !== 'string' || typeof e.hash !== 'string')
      throw new BaselineError(`baseline ${path}: every entry needs ruleId, path and hash`);
    const k = key(e.ruleId, e.path, e.hash);
    counts.set(k, (counts.get(k) ?? 0) + (Number.isInteger(e.count) && e.count > 0 ? e.count : 1));
  }
  return counts;
}

/** Removes baselined findings from the reports (in place) and counts them per file. */
export function applyBaseline(reports: FileReport[], baseline: Map<string, number>): void {
  const left = new Map(baseline);
  for (const r of reports) {
    const kept: ReportFinding[] = [];
    let suppressed = 0;
    for (const f of r.findings) {
      const k = findingKey(f);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        suppressed++;
      } else kept.push(f);
    }
    r.findings = kept;
    if (suppressed > 0) r.baselined = suppressed;
  }
}

export function writeBaseline(path: string, reports: FileReport[]): number {
  const counts = new Map<string, BaselineEntry>();
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.ruleId === 'parse-error') continue;
      const hash = f.valueHash || f.fieldPath;
      const k = key(f.ruleId, f.path, hash);
      const e = counts.get(k);
      if (e) e.count++;
      else counts.set(k, { ruleId: f.ruleId, path: f.path, hash, count: 1 });
    }
  }
  const entries = [...counts.values()].sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.hash.localeCompare(b.hash));
  const file: BaselineFile = {
    version: 1,
    note: 'pii-lint baseline: accepted findings by rule, file and salted value hash. Regenerate with --update-baseline.',
    entries,
  };
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', 'utf8');
  return entries.reduce((n, e) => n + e.count, 0);
}
