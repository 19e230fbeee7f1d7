// Per-document analysis: a full lint that yields to the event loop between chunks of texts (so a huge
// file never freezes the server), and an incremental update that re-detects only the texts an edit touched
// and shifts every other finding by the edit's length delta.
//
// The incremental path never reads the whole new text (building it costs more than everything else on a
// 10 MB file): the edited text is re-parsed by the engine's reparseAfterEdit on a small window around it, and
// each text's current position is its own offset plus `textShift[i]` (texts keep reading the string they were
// parsed from; only their document position moves).
import type { ExtractedText, FileKind, Finding, ParsedDocument, ParseProblem } from '../engine/types';
import { cloneText, reparse, type ParseTarget, type ServerLinter } from './engineApi';
import type { PendingSpan } from './documents';

/** What the incremental path reads of the current text. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
}

export interface Analysis {
  version: number;
  kind: FileKind | null;
  parsed: ParsedDocument | null;
  /** Per text of `parsed`: current document offset minus the text's own offsets. */
  textShift: Int32Array | null;
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
  /** Milliseconds after which detection stops and partial results are returned. */
  budgetMs: number;
  /** Returns true when the result is no longer wanted (a newer version exists). */
  isStale(): boolean;
  /** Long lints hand over what they found so far (see FIRST_PARTIAL_AFTER_MS) so big files fill in progressively. */
  onPartial?(findings: Finding[], problems: ParseProblem[]): void;
  /** Texts at the start whose findings were published already (Validator.previewOpen): not looked at again first. */
  startCovered?: number;
}

/**
 * Texts are detected in document order, so the first partial result covers the top of the file (what an editor
 * shows on open): it goes out after the first ~50 ms of detection that found anything, later ones every second.
 */
const FIRST_PARTIAL_AFTER_MS = 50;
const PARTIAL_EVERY_MS = 1000;

/**
 * A document this long (code units) is first looked at by its start: the texts of its first START_LENGTH code
 * units are detected for START_MS and published before the whole document is parsed (a 10 MB workspace takes
 * ~100-300 ms to parse, more on a busy machine), so the top of the file shows at once.
 */
const START_FIRST_FROM = 1_000_000;
const START_LENGTH = 64 * 1024;
const START_MS = 10;
/** Detection of the start goes on up to this long while it has found nothing to show. */
const START_MAX_MS = 100;

const SLICE_MS = 12;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const merged = new WeakMap<Analysis, Finding[]>();

/** Text and structural findings in offset order (both lists are sorted: merged once per analysis). */
export function allFindings(a: Analysis): Finding[] {
  if (a.structural.length === 0) return a.textFindings;
  const known = merged.get(a);
  if (known) return known;
  const out: Finding[] = new Array(a.textFindings.length + a.structural.length);
  const t = a.textFindings;
  const s = [...a.structural].sort((x, y) => x.offset - y.offset);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < t.length || j < s.length) out[k++] = j >= s.length || (i < t.length && t[i].offset <= s[j].offset) ? t[i++] : s[j++];
  merged.set(a, out);
  return out;
}

export function skippedAnalysis(version: number, reason: string): Analysis {
  return {
    version,
    kind: null,
    parsed: null,
    textShift: null,
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
  // Texts of the start the first publish must cover (0: no look at the start was published).
  let startTexts = opts.startCovered ?? 0;
  if (opts.onPartial && raw.length >= START_FIRST_FROM && startTexts === 0) {
    startTexts = await publishStart(linter, raw, opts);
    if (startTexts < 0) return null;
  }
  const parsed = linter.parse(raw, opts.target);
  const textFindings: Finding[] = [];
  let partial = false;
  let sliceStart = Date.now();
  let nextPartial = sliceStart + FIRST_PARTIAL_AFTER_MS;
  const texts = parsed.texts;
  for (let i = 0; i < texts.length; i++) {
    const found = linter.findingsForText(raw, texts[i]);
    for (const f of found) textFindings.push(f);
    if ((i & 31) === 31 && Date.now() - sliceStart > SLICE_MS) {
      // After a look at the start, the first partial replaces it once it covers as much (even when empty:
      // should the whole document have another kind, what the start showed is corrected at once).
      const due = startTexts > 0 ? i >= startTexts : Date.now() >= nextPartial && textFindings.length > 0;
      if (opts.onPartial && due) {
        opts.onPartial([...textFindings].sort((a, b) => a.offset - b.offset), parsed.problems);
        nextPartial = Date.now() + PARTIAL_EVERY_MS;
        startTexts = 0;
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
    kind: parsed.kind,
    parsed,
    textShift: new Int32Array(texts.length),
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

/**
 * Detects the texts at the start of a big document for START_MS (longer while nothing is found, up to
 * START_MAX_MS) and publishes what it found, then yields
 * so the publish is written before the whole document is parsed. Returns how many texts it covered (0: nothing
 * published), or -1 when the result went stale meanwhile.
 */
async function publishStart(linter: ServerLinter, raw: string, opts: AnalyzeOptions): Promise<number> {
  const found = lintStart(linter, raw, opts.target);
  if (!found || !opts.onPartial) return 0;
  opts.onPartial(found.findings, []);
  await yieldToEventLoop();
  return opts.isStale() ? -1 : found.covered;
}

/** What detecting the start of a document found: findings in offset order, and how many texts it covered. */
export interface StartFindings {
  findings: Finding[];
  covered: number;
}

/**
 * Detects the texts at the start of a big JSON document (its first START_LENGTH code units; `raw` may be just
 * that start) for START_MS, longer while nothing is found (up to START_MAX_MS). Null when there is no start to
 * read or it holds no finding.
 */
export function lintStart(linter: ServerLinter, raw: string, target: ParseTarget): StartFindings | null {
  const start = linter.parseStart(raw, START_LENGTH, target);
  if (!start) return null;
  const began = Date.now();
  const findings: Finding[] = [];
  let covered = 0;
  while (covered < start.texts.length && (covered & 15 || Date.now() - began < (findings.length > 0 ? START_MS : START_MAX_MS))) {
    for (const f of linter.findingsForText(raw, start.texts[covered++])) findings.push(f);
  }
  return findings.length > 0 ? { findings: findings.sort((a, b) => a.offset - b.offset), covered } : null;
}

/** Code units of context kept around an edited text (the re-parse looks at the quotes just outside it). */
const WINDOW_MARGIN = 2;

/** Index of the text whose current range contains [offset, end], or -1 (texts are in document order). */
function textAtCurrent(texts: ExtractedText[], shift: Int32Array, offset: number, end: number): number {
  let lo = 0;
  let hi = texts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (texts[mid].rawStart + shift[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && end <= texts[found].rawEnd + shift[found] ? found : -1;
}

/** A plain copy of a text moved by `delta` (texts of `parsed` themselves are never moved: see textShift). */
function movedCopy(t: ExtractedText, delta: number): ExtractedText {
  const c = cloneText(t);
  c.rawStart += delta;
  c.rawEnd += delta;
  for (const s of c.segments) s.r += delta;
  return c;
}

/** Moves a finding of one text's own coordinates to document offsets (new findings: no sharing to worry about). */
function toDocument(f: Finding, shift: number): Finding {
  if (shift === 0) return f;
  f.offset += shift;
  if (f.fix.edits) f.fix.edits = f.fix.edits.map((e) => ({ ...e, offset: e.offset + shift }));
  return f;
}

/** Why an edit needs a full lint (for the trace). */
export interface Fallback {
  fallback: string;
}

/**
 * Updates `prev` for one merged edit when it stays inside one extracted text; returns a Fallback when only a full
 * lint gives the right answer (structural edit, kind change, parse problems near the edit, naming roles...).
 * `prev` is consumed either way (its texts and findings move in place).
 */
export function analyzeIncremental(
  linter: ServerLinter,
  prev: Analysis,
  doc: TextSource,
  version: number,
  span: PendingSpan,
  target: ParseTarget,
): Analysis | Fallback {
  // A partial analysis (time budget) stays partial: edited texts are re-detected, unchecked ones stay unchecked.
  const parsed = prev.parsed;
  const shift = prev.textShift;
  if (!parsed || !shift || !prev.kind) return { fallback: 'no parsed document' };
  prev.parsed = null;
  const started = Date.now();
  const texts = parsed.texts;
  const editStart = span.offset;
  const editEnd = span.offset + span.oldLength;
  const delta = span.newLength - span.oldLength;
  const i = textAtCurrent(texts, shift, editStart, editEnd);
  if (i < 0) return { fallback: 'edit outside a text' };
  const t = texts[i];
  const curStart = t.rawStart + shift[i];
  const curEnd = t.rawEnd + shift[i];
  for (const p of parsed.problems) if (p.offset + p.length >= curStart - 1 && p.offset <= curEnd + 1) return { fallback: 'parse problem at the text' };

  // The engine re-parses the edited text inside a window of the old and the new text.
  const winStart = Math.max(0, curStart - WINDOW_MARGIN);
  const newWinEnd = Math.min(doc.length, curEnd + delta + WINDOW_MARGIN);
  const newWin = doc.slice(winStart, newWinEnd);
  const editInWin = editStart - winStart;
  const oldWin = newWin.slice(0, editInWin) + span.oldText + newWin.slice(editInWin + span.newLength);
  const local = movedCopy(t, shift[i] - winStart);
  const mini: ParsedDocument = { kind: parsed.kind, texts: [local], problems: [], structural: [], counts: parsed.counts };
  const r = reparse(mini, oldWin, newWin, { offset: editInWin, length: span.oldLength, newText: newWin.slice(editInWin, editInWin + span.newLength) }, { ...target, kind: parsed.kind ?? undefined });
  if (r.changed === null || r.doc.texts.length !== 1) return { fallback: 'the re-parse needs the whole file' };
  const updated = r.doc.texts[0];

  texts[i] = updated;
  shift[i] = winStart;
  if (delta !== 0) {
    for (let k = i + 1; k < texts.length; k++) shift[k] += delta;
    for (const p of parsed.problems) if (p.offset >= editEnd) p.offset += delta;
    for (const st of parsed.structural) {
      if (st.offset >= editEnd) st.offset += delta;
      if (st.fix) for (const f of st.fix) if (f.offset >= editEnd) f.offset += delta;
    }
  }
  const newStart = updated.rawStart + winStart;
  const newEnd = updated.rawEnd + winStart;
  const kept: Finding[] = [];
  let added = false;
  const fresh = linter.findingsForText('', updated).map((f) => toDocument(f, winStart));
  // prev's findings move in place; the edited text's findings are replaced by the fresh ones, in order.
  for (const f of prev.textFindings) {
    const end = f.offset + f.length;
    const overlaps = editStart === editEnd ? f.offset < editStart && end > editStart : f.offset < editEnd && end > editStart;
    if (overlaps) continue;
    const moved = f.offset >= editEnd ? shiftInPlace(f, delta) : f;
    if (moved.offset < newEnd && moved.offset + moved.length > newStart) continue;
    if (!added && moved.offset >= newStart) {
      for (const x of fresh) kept.push(x);
      added = true;
    }
    kept.push(moved);
  }
  if (!added) for (const x of fresh) kept.push(x);
  kept.sort((a, b) => a.offset - b.offset);
  const structural = linter.structuralFindings('', parsed, target.path);
  return {
    version,
    kind: parsed.kind,
    parsed,
    textShift: shift,
    textFindings: kept,
    structural,
    problems: parsed.problems,
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
