// Per-document analysis: a full lint that yields to the event loop between chunks of texts (so a huge
// file never freezes the server), and an incremental update that re-detects only the texts an edit touched
// and shifts every other finding by the edit's length delta.
import type { FileKind, Finding, ParsedDocument, ParseProblem, RawEdit } from '../engine/types';
import { reparse, type ParseTarget, type ServerLinter } from './engineApi';
import type { PendingSpan } from './documents';

export interface Analysis {
  version: number;
  raw: string;
  kind: FileKind | null;
  parsed: ParsedDocument | null;
  /** Findings inside extracted texts, sorted by offset. */
  textFindings: Finding[];
  /** Findings from the document structure (unprotected variables...). */
  structural: Finding[];
  problems: ParseProblem[];
  /** Set when the file was not linted, or only partly. */
  skippedReason?: string;
  /** True when the time budget stopped the lint before the end. */
  partial: boolean;
  incremental: boolean;
  durationMs: number;
  finishedAt: number;
}

export interface AnalyzeOptions {
  target: ParseTarget;
  /** Already parsed document (from an incremental attempt that fell back to a full parse). */
  parsed?: ParsedDocument;
  /** Milliseconds after which detection stops and partial results are returned. */
  budgetMs: number;
  /** Returns true when the result is no longer wanted (a newer version exists). */
  isStale(): boolean;
  /** Long lints hand over what they found so far (first after 500 ms, then every second) so big files fill in progressively. */
  onPartial?(findings: Finding[], problems: ParseProblem[]): void;
}

const FIRST_PARTIAL_MS = 500;
const PARTIAL_EVERY_MS = 1000;

const SLICE_MS = 12;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function allFindings(a: Analysis): Finding[] {
  if (a.structural.length === 0) return a.textFindings;
  return [...a.textFindings, ...a.structural].sort((x, y) => x.offset - y.offset);
}

export function skippedAnalysis(version: number, raw: string, reason: string): Analysis {
  return {
    version,
    raw,
    kind: null,
    parsed: null,
    textFindings: [],
    structural: [],
    problems: [],
    skippedReason: reason,
    partial: false,
    incremental: false,
    durationMs: 0,
    finishedAt: Date.now(),
  };
}

/** Lints the whole document; resolves null when cancelled by a newer version. */
export async function analyzeFull(
  linter: ServerLinter,
  raw: string,
  version: number,
  opts: AnalyzeOptions,
): Promise<Analysis | null> {
  const started = Date.now();
  const parsed = opts.parsed ?? linter.parse(raw, opts.target);
  const textFindings: Finding[] = [];
  let partial = false;
  let sliceStart = Date.now();
  let nextPartial = started + FIRST_PARTIAL_MS;
  const texts = parsed.texts;
  for (let i = 0; i < texts.length; i++) {
    const found = linter.findingsForText(raw, texts[i]);
    for (const f of found) textFindings.push(f);
    if ((i & 31) === 31 && Date.now() - sliceStart > SLICE_MS) {
      if (opts.onPartial && Date.now() >= nextPartial) {
        opts.onPartial([...textFindings].sort((a, b) => a.offset - b.offset), parsed.problems);
        nextPartial = Date.now() + PARTIAL_EVERY_MS;
      }
      await yieldToEventLoop();
      if (opts.isStale()) return null;
      if (Date.now() - started > opts.budgetMs) {
        partial = i < texts.length - 1;
        break;
      }
      sliceStart = Date.now();
    }
  }
  textFindings.sort((a, b) => a.offset - b.offset);
  const structural = parsed.kind ? linter.structuralFindings(raw, parsed, opts.target.path) : [];
  return {
    version,
    raw,
    kind: parsed.kind,
    parsed,
    textFindings,
    structural,
    problems: parsed.problems,
    skippedReason: partial ? `time budget of ${opts.budgetMs} ms exceeded; later texts were not checked` : undefined,
    partial,
    incremental: false,
    durationMs: Date.now() - started,
    finishedAt: Date.now(),
  };
}

/** Above this many changed texts the incremental path is not worth it. */
const MAX_CHANGED_TEXTS = 64;

/**
 * Updates `prev` for one merged edit. When only a full lint can give the right answer (the edit changed
 * the structure or the kind) returns the full parse to lint; `prev.parsed` is consumed either way.
 */
export function analyzeIncremental(
  linter: ServerLinter,
  prev: Analysis,
  raw: string,
  version: number,
  span: PendingSpan,
  target: ParseTarget,
): Analysis | { fullParse: ParsedDocument | undefined } {
  // A partial analysis (time budget) stays partial: edited texts are re-detected, unchecked ones stay unchecked.
  if (!prev.parsed) return { fullParse: undefined };
  const started = Date.now();
  const edit: RawEdit = { offset: span.offset, length: span.oldLength, newText: raw.slice(span.offset, span.offset + span.newLength) };
  const r = reparse(prev.parsed, prev.raw, raw, edit, target);
  prev.parsed = null;
  if (r.changed === null) return { fullParse: r.doc };
  if (r.doc.kind !== prev.kind || r.changed.length > MAX_CHANGED_TEXTS) return { fullParse: undefined };
  const delta = span.newLength - span.oldLength;
  const editStart = span.offset;
  const editEnd = span.offset + span.oldLength;
  const changedTexts = r.changed.map((i) => r.doc.texts[i]).filter((t) => t !== undefined);
  const insideChanged = (offset: number, end: number): boolean =>
    changedTexts.some((t) => offset < t.rawEnd && end > t.rawStart);

  const kept: Finding[] = [];
  // prev is consumed from here on (its findings move in place).
  for (const f of prev.textFindings) {
    const end = f.offset + f.length;
    const overlaps = editStart === editEnd ? f.offset < editStart && end > editStart : f.offset < editEnd && end > editStart;
    if (overlaps) continue;
    const moved = f.offset >= editEnd ? shiftInPlace(f, delta) : f;
    if (insideChanged(moved.offset, moved.offset + moved.length)) continue;
    kept.push(moved);
  }
  for (const t of changedTexts) for (const f of linter.findingsForText(raw, t)) kept.push(f);
  kept.sort((a, b) => a.offset - b.offset);
  const structural = r.doc.kind ? linter.structuralFindings(raw, r.doc, target.path) : [];
  return {
    version,
    raw,
    kind: r.doc.kind,
    parsed: r.doc,
    textFindings: kept,
    structural,
    problems: r.doc.problems,
    skippedReason: prev.partial ? prev.skippedReason : undefined,
    partial: prev.partial,
    incremental: true,
    durationMs: Date.now() - started,
    finishedAt: Date.now(),
  };
}

/**
 * Moves a finding of the previous analysis by `delta`. The previous analysis is replaced by this one, and
 * published diagnostics hold their own positions, so the object is updated in place (no garbage per edit on
 * files with thousands of findings). Fix edits may be shared with published diagnostic data: copied.
 */
function shiftInPlace(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  f.offset += delta;
  if (f.fix.edits) f.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, offset: e.offset + delta })) };
  return f;
}
