// `--fix` on one document: pick non-overlapping replacements, apply them, re-lint, repeat a few passes, and
// refuse any result that parses worse than the original. Pure on strings; the caller reads and writes files.
import { applyEdits } from '../engine/fix';
import type { Finding, LintResult, RawEdit, Severity } from '../engine/types';
import { atLeast, SEVERITY_ORDER } from './report';

export type Strategy = 'synthetic' | 'placeholder' | 'mask';

export interface FixOutcome {
  text: string;
  /** Findings of the final lint, without those that sit inside synthetic values this fix wrote. */
  result: LintResult;
  fixed: number;
  /** Findings of the final lint that lie inside synthetic replacements (recorded in the allow-list). */
  syntheticFlagged: Finding[];
  /** Ranges of the final text written by the fix. */
  written: { start: number; end: number }[];
  /** Set when the fix was abandoned (the document is returned unchanged). */
  error?: string;
}

interface Range {
  start: number;
  end: number;
}

const MAX_PASSES = 3;

function replacementFor(f: Finding, strategy: Strategy): RawEdit[] | null {
  if (f.fix.edits && f.fix.edits.length > 0) return f.fix.edits;
  const text = strategy === 'synthetic' ? (f.fix.synthetic ?? f.fix.placeholder) : strategy === 'placeholder' ? f.fix.placeholder : f.fix.mask;
  if (!text || f.length === 0) return null;
  return [{ offset: f.offset, length: f.length, newText: text }];
}

function overlaps(a: RawEdit, b: RawEdit): boolean {
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Greedy choice: the most severe, most confident, longest findings first; anything overlapping them waits for the next pass. */
export function chooseEdits(findings: readonly Finding[], strategy: Strategy): { edits: RawEdit[]; used: number } {
  const ordered = [...findings].sort(
    (a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] || b.confidence - a.confidence || b.length - a.length || a.offset - b.offset,
  );
  const edits: RawEdit[] = [];
  let used = 0;
  for (const f of ordered) {
    const mine = replacementFor(f, strategy);
    if (!mine) continue;
    if (mine.some((e) => edits.some((x) => overlaps(e, x)))) continue;
    edits.push(...mine);
    used++;
  }
  return { edits, used };
}

/** Where ranges of the old text, and the new texts of the edits, sit after the edits are applied. */
function mapRanges(ranges: Range[], edits: RawEdit[]): Range[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const out: Range[] = [];
  for (const r of ranges) {
    if (sorted.some((e) => e.offset < r.end && r.start < e.offset + e.length)) continue; // rewritten again
    let delta = 0;
    for (const e of sorted) if (e.offset + e.length <= r.start) delta += e.newText.length - e.length;
    out.push({ start: r.start + delta, end: r.end + delta });
  }
  let delta = 0;
  for (const e of sorted) {
    const start = e.offset + delta;
    out.push({ start, end: start + e.newText.length });
    delta += e.newText.length - e.length;
  }
  return out;
}

function inside(f: Finding, ranges: Range[]): boolean {
  return ranges.some((r) => f.offset >= r.start && f.offset + f.length <= r.end);
}

function parseErrors(r: LintResult): number {
  return r.problems.filter((p) => p.severity === 'error').length;
}

/**
 * Fixes findings at or above `threshold` (test values are left alone). `lint` re-lints a text.
 * `protectedBefore` is an offset below which nothing may be edited (a repeated header in streamed chunks).
 */
export function fixDocument(
  raw: string,
  first: LintResult,
  lint: (text: string) => LintResult,
  strategy: Strategy,
  threshold: Severity,
  protectedBefore = 0,
): FixOutcome {
  let text = raw;
  let result = first;
  let fixed = 0;
  let written: Range[] = [];
  const baseErrors = parseErrors(first);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = result.findings.filter(
      (f) => atLeast(f.severity, threshold) && !f.testValue && f.offset >= protectedBefore && !(strategy === 'synthetic' && inside(f, written)),
    );
    const { edits, used } = chooseEdits(candidates, strategy);
    if (edits.length === 0) break;
    let next: string;
    try {
      next = applyEdits(text, edits);
    } catch (e) {
      return { text: raw, result: first, fixed: 0, syntheticFlagged: [], written: [], error: `fix not applied: ${(e as Error).message}` };
    }
    const nextResult = lint(next);
    if (parseErrors(nextResult) > baseErrors) {
      return { text: raw, result: first, fixed: 0, syntheticFlagged: [], written: [], error: 'fix not applied: the fixed file would not parse' };
    }
    written = mapRanges(written, edits);
    text = next;
    result = nextResult;
    fixed += used;
  }
  const syntheticFlagged = strategy === 'synthetic' && fixed > 0 ? result.findings.filter((f) => inside(f, written) && atLeast(f.severity, 'warning')) : [];
  if (syntheticFlagged.length > 0) {
    const flagged = new Set(syntheticFlagged);
    result = { ...result, findings: result.findings.filter((f) => !flagged.has(f)) };
  }
  return { text, result, fixed, syntheticFlagged, written };
}
