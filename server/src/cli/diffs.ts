// Dry-run diffs. Without --show-values every detected value is masked on both sides (a diff necessarily shows
// the original lines); values the fix wrote itself are fake and stay readable.
import { createTwoFilesPatch } from 'diff';
import { maskValue } from '../engine/fix';
import type { LintResult } from '../engine/types';

export function maskFindings(text: string, result: LintResult, keep: { start: number; end: number }[] = []): string {
  let out = text;
  let lastStart = Infinity;
  for (const f of [...result.findings].sort((a, b) => b.offset - a.offset)) {
    if (!f.masked || f.length === 0 || f.offset + f.length > lastStart) continue;
    if (keep.some((r) => f.offset >= r.start && f.offset + f.length <= r.end)) continue;
    out = out.slice(0, f.offset) + maskValue(text.slice(f.offset, f.offset + f.length)) + out.slice(f.offset + f.length);
    lastStart = f.offset;
  }
  return out;
}

/** A git-style unified diff of one file (empty when nothing changed). */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return tidy(createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 2 }));
}

export function tidy(patch: string): string {
  return patch.replace(/^(Index:.*\n)?=+\n/, '').replace(/^((?:---|\+\+\+) .*?)\t$/gm, '$1');
}
