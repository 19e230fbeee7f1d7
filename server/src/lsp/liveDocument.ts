// An open document's text as a list of chunks plus an incrementally kept line index. A keystroke replaces
// one small chunk instead of building a new whole-document string: on a 10 MB file, materialising (flattening)
// the whole text after every edit cost 60-300 ms, almost all of it first-touch page faults of the new 20 MB
// string. The whole text is only joined when a full lint or a command needs it, and then cached.
// The line index of a new text is built on demand, front to back: publishing the first findings of a big file
// needs only the lines at its top (indexing a 10 MB text took ~40-80 ms before anything could be shown).
// Positions follow vscode-languageserver-textdocument exactly (\r\n, \r and \n end lines; offsets between
// \r and \n snap before the line end), so it can stand in for its TextDocument.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Target chunk size in UTF-16 code units. */
const CHUNK = 16 * 1024;
const CR = 13;
const LF = 10;
/** Code units the line index grows by at least when a position past its end is asked for. */
const LINE_BLOCK = 128 * 1024;

function splitChunks(text: string): string[] {
  if (text.length <= CHUNK) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}

export class LiveDocument implements TextDocument {
  private chunks: string[];
  /** Start offset of each chunk. */
  private starts: number[];
  private total: number;
  /** Offset where each line starts (lineStarts[0] = 0), for the lines starting at or before `linesKnownTo`. */
  private lineStarts: number[];
  /** Every line start at or before this offset is in lineStarts (the whole text once it equals `total`). */
  private linesKnownTo = 0;
  /** Whether the text being indexed has a \r (undefined until the index first grows). */
  private hasCR: boolean | undefined;
  /** The whole text, while known (kept until the next edit). */
  private whole: string | undefined;
  private _version: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
  ) {
    this._version = version;
    this.chunks = [];
    this.starts = [];
    this.total = 0;
    this.lineStarts = [0];
    this.setText(text);
  }

  get version(): number {
    return this._version;
  }

  get length(): number {
    return this.total;
  }

  get lineCount(): number {
    this.indexLinesTo(this.total);
    return this.lineStarts.length;
  }

  private setText(text: string): void {
    this.chunks = splitChunks(text);
    this.recomputeStarts(0);
    this.whole = text;
    this.lineStarts = [0];
    this.linesKnownTo = 0;
    this.hasCR = undefined;
  }

  /**
   * Indexes the line starts up to `offset` (at least LINE_BLOCK further, so walking a file costs few calls).
   * Only a text set whole is indexed lazily: edits (replace) index everything first, so `whole` is known here.
   */
  private indexLinesTo(offset: number): void {
    const from = this.linesKnownTo;
    if (offset <= from) return;
    const to = Math.min(this.total, Math.max(offset, from + LINE_BLOCK));
    const text = this.getText();
    const starts = this.lineStarts;
    this.hasCR ??= text.indexOf('\r') >= 0;
    if (!this.hasCR) {
      // No carriage returns: every line start follows a \n (indexOf is much faster than a code-unit loop).
      for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else this.scanLineStarts(text, 0, from + 1, to, starts);
    this.linesKnownTo = to;
  }

  private recomputeStarts(from: number): void {
    const starts = this.starts;
    starts.length = this.chunks.length;
    let at = from > 0 ? starts[from - 1] + this.chunks[from - 1].length : 0;
    for (let i = from; i < this.chunks.length; i++) {
      starts[i] = at;
      at += this.chunks[i].length;
    }
    this.total = at;
  }

  /** Index of the chunk holding `offset` (the last chunk for offset === length). */
  private chunkAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Code unit at `offset`, NaN outside the text (like String.charCodeAt). */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.total) return NaN;
    if (this.whole !== undefined) return this.whole.charCodeAt(offset);
    const c = this.chunkAt(offset);
    return this.chunks[c].charCodeAt(offset - this.starts[c]);
  }

  /** Text of [start, end) without joining the whole document. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.total));
    end = Math.max(start, Math.min(end, this.total));
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const a = this.chunkAt(start);
    const b = this.chunkAt(Math.max(start, end - 1));
    if (a === b) return this.chunks[a].slice(start - this.starts[a], end - this.starts[a]);
    const parts = [this.chunks[a].slice(start - this.starts[a])];
    for (let i = a + 1; i < b; i++) parts.push(this.chunks[i]);
    parts.push(this.chunks[b].slice(0, end - this.starts[b]));
    return parts.join('');
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.whole === undefined) {
      this.whole = this.chunks.join('');
      // Re-cut the chunks from the joined text so the old chunk strings can be freed.
      this.chunks = splitChunks(this.whole);
      this.recomputeStarts(0);
    }
    return this.whole;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.total), 0);
    this.indexLinesTo(offset);
    const lines = this.lineStarts;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    offset = this.beforeEol(offset, lines[line]);
    return { line, character: offset - lines[line] };
  }

  offsetAt(position: Position): number {
    // The line and the start of the next one must be indexed.
    while (this.lineStarts.length <= position.line + 1 && this.linesKnownTo < this.total) this.indexLinesTo(this.linesKnownTo + 1);
    const lines = this.lineStarts;
    if (position.line >= lines.length) return this.total;
    if (position.line < 0) return 0;
    const lineStart = lines[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.total;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }

  /**
   * Pushes the line starts in (from, to] of `text` (whose first code unit is at document offset `base`) onto
   * `out`. A position p starts a line when p-1 is \n, or p-1 is \r and p is not \n; `text` must reach one code
   * unit past `to` so a \r at `to - 1` can be told apart from \r\n.
   */
  private scanLineStarts(text: string, base: number, from: number, to: number, out: number[]): void {
    for (let p = Math.max(from, 1); p <= to; p++) {
      const prev = text.charCodeAt(p - 1 - base);
      if (prev === LF || (prev === CR && text.charCodeAt(p - base) !== LF)) out.push(p);
    }
  }

  /** Replaces [start, end) with `text` (offsets in the current text). */
  replace(start: number, end: number, text: string): void {
    this.indexLinesTo(this.total);
    start = Math.max(0, Math.min(start, this.total));
    end = Math.max(start, Math.min(end, this.total));
    const delta = text.length - (end - start);
    // Chunks.
    const a = this.chunkAt(start);
    const b = this.chunkAt(end);
    const merged = this.chunks[a].slice(0, start - this.starts[a]) + text + this.chunks[b].slice(end - this.starts[b]);
    const pieces = merged.length === 0 && this.chunks.length > 1 ? [] : merged.length > 2 * CHUNK ? splitChunks(merged) : [merged];
    this.chunks.splice(a, b - a + 1, ...pieces);
    if (this.chunks.length === 0) this.chunks.push('');
    this.whole = undefined;
    this.recomputeStarts(Math.min(a, this.chunks.length - 1));
    // Line starts: those in [start, end] are recomputed (they depend on the edited code units), later ones move.
    const lines = this.lineStarts;
    let lo = lowerBound(lines, start);
    let hi = lowerBound(lines, end + 1);
    if (lo === 0) lo = 1; // line 0 always starts at 0
    if (hi < lo) hi = lo;
    const added: number[] = [];
    const newEnd = start + text.length;
    const windowStart = Math.max(0, start - 1);
    this.scanLineStarts(this.slice(windowStart, newEnd + 1), windowStart, start, newEnd, added);
    if (added.length < 10_000) lines.splice(lo, hi - lo, ...added);
    else this.lineStarts = lines.slice(0, lo).concat(added, lines.slice(hi));
    const after = this.lineStarts;
    if (delta !== 0) for (let i = lo + added.length; i < after.length; i++) after[i] += delta;
    this.linesKnownTo = this.total;
  }

  /** Applies LSP content changes in order (incremental or whole-text), then sets the version. */
  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const c of changes) {
      if ('range' in c && c.range) {
        const s = this.offsetAt(c.range.start);
        const e = this.offsetAt(c.range.end);
        this.replace(Math.min(s, e), Math.max(s, e), c.text);
      } else {
        this.setText(c.text);
      }
    }
    this._version = version;
  }
}

/** First index whose value is >= x. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
