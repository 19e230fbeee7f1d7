// Baselines: accepted findings recorded by rule, file and salted value hash (never the value, never a line
// number), so entries survive edits elsewhere in the file. A key recorded N times suppresses N findings.
import { readFileSync, writeFileSync } from 'node:fs';

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

/** Baseline counts by file path, then by `ruleId NUL hash` (one map per file, so a file's share can be reset). */
export type BaselineCounts = Map<string, Map<string, number>>;

/** Key of a finding within its file. Structural findings have no value: their key is the field path. */
export function baselineKey(ruleId: string, valueHash: string, fieldPath: string): string {
  return `${ruleId}\u0000${valueHash || fieldPath}`;
}

export class BaselineError extends Error {}

export function readBaseline(path: string): BaselineCounts {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(`cannot read baseline ${path}: ${code ?? (e as Error).message}`);
  }
  const entries = (data as BaselineFile)?.entries;
  if (!Array.isArray(entries)) throw new BaselineError(`baseline ${path} has no "entries" array`);
  const counts: BaselineCounts = new Map();
  for (const e of entries) {
    if (!e || typeof e.ruleId !== 'string' || typeof e.path !== 'string' || typeof e.hash !== 'string')
      throw new BaselineError(`baseline ${path}: every entry needs ruleId, path and hash`);
    let perFile = counts.get(e.path);
    if (!perFile) counts.set(e.path, (perFile = new Map()));
    const k = baselineKey(e.ruleId, e.hash, '');
    perFile.set(k, (perFile.get(k) ?? 0) + (Number.isInteger(e.count) && e.count > 0 ? e.count : 1));
  }
  return counts;
}

/** Writes the counted findings; returns how many findings the baseline holds. */
export function writeBaseline(path: string, counts: BaselineCounts): number {
  const entries: BaselineEntry[] = [];
  for (const [file, perFile] of counts)
    for (const [k, count] of perFile) {
      const cut = k.indexOf('\u0000');
      entries.push({ ruleId: k.slice(0, cut), path: file, hash: k.slice(cut + 1), count });
    }
  entries.sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.hash.localeCompare(b.hash));
  const file: BaselineFile = {
    version: 1,
    note: 'pii-lint baseline: accepted findings by rule, file and salted value hash. Regenerate with --update-baseline.',
    entries,
  };
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', 'utf8');
  return entries.reduce((n, e) => n + e.count, 0);
}
