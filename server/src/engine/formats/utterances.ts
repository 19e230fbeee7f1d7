// Utterance logs (one utterance per line; `.txt` or one-column CSV), up to 20 MB / 500,000 lines. This is
// the hot path for large files: one indexOf per line and one small object per utterance (no string: the
// text is sliced from the raw document when read). A lint, which reads each text once and in order, takes
// the lines as ranges instead (UtteranceLines): an object only for a line with findings. 400,000 objects that
// live as long as the document cost more to allocate and to copy through garbage collections than the scan.
import type { ExtractedText, ParseProblem } from '../types';
import { decodeCell, scanQuoted } from './csvTokenizer';
import { CsvLineText, LineDoc, LineText, QuotedLineText } from './lazyText';

/** Marks a line range that is a quoted cell: its start is then an index into `quoted`. */
const QUOTED = 0xffffffff;

/**
 * The texts of an utterance log as raw ranges, in document order: `textOf(i)` is what `at(i).text` reads, and
 * `at(i)` builds the same text object extraction gives (or returns it, for a quoted cell).
 */
export class UtteranceLines {
  constructor(
    readonly doc: LineDoc,
    readonly csv: boolean,
    readonly count: number,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly quoted: readonly ExtractedText[],
    /** 0-based physical line of each text (unquoted lines; quoted cells find theirs when asked). */
    private readonly lineNos: Uint32Array,
  ) {}

  textOf(i: number): string {
    const end = this.ends[i];
    return end === QUOTED ? this.quoted[this.starts[i]].text : this.doc.raw.slice(this.starts[i], end);
  }

  /** Where text i starts in the raw document (`textOf(i)` is then a slice of it), or -1 for a quoted cell. */
  rawStartOf(i: number): number {
    return this.ends[i] === QUOTED ? -1 : this.starts[i];
  }

  at(i: number): ExtractedText {
    if (this.ends[i] === QUOTED) return this.quoted[this.starts[i]];
    const start = this.starts[i];
    // texts are asked for in order (findings): the line's number spares the document a walk over the lines before
    this.doc.knownLine(start, this.lineNos[i]);
    return this.csv ? new CsvLineText(this.doc, start) : new LineText(this.doc, start);
  }
}

/**
 * Extracts one text per non-empty line from `start`. In CSV mode a line that starts with a quote is read
 * as a quoted cell (which may span lines); other lines are taken whole, commas included.
 */
export function extractUtterances(raw: string, start: number, csv: boolean, problems: ParseProblem[]): ExtractedText[] {
  return scanUtterances(raw, start, csv, problems, true) as ExtractedText[];
}

/** The same lines as extractUtterances, as ranges (see UtteranceLines). */
export function utteranceLines(raw: string, start: number, csv: boolean, problems: ParseProblem[]): UtteranceLines {
  return scanUtterances(raw, start, csv, problems, false) as UtteranceLines;
}

// One loop for both forms, so they cannot disagree on where a line ends.
function scanUtterances(raw: string, start: number, csv: boolean, problems: ParseProblem[], asTexts: boolean): ExtractedText[] | UtteranceLines {
  const n = raw.length;
  // Sized up front from the line length of the first 64K characters: growing a 400,000-element array by push
  // costs several times more (every step allocates and faults in a new large backing store). A wrong guess
  // only costs that growth, or a trimmed tail.
  const estimate = estimateLines(raw, start);
  const texts: ExtractedText[] = asTexts ? new Array(estimate) : [];
  let starts = asTexts ? EMPTY : new Uint32Array(estimate);
  let ends = asTexts ? EMPTY : new Uint32Array(estimate);
  let lineNos = asTexts ? EMPTY : new Uint32Array(estimate);
  // physical line of `pos` (the start is 0 or just after a BOM: line 0)
  let line = 0;
  const quoted: ExtractedText[] = [];
  let count = 0;
  const doc = new LineDoc(raw);
  let pos = start;
  let nextCR = -1;
  while (pos < n) {
    if (csv && raw.charCodeAt(pos) === 0x22) {
      const { cell, next } = scanQuoted(raw, pos, problems);
      const { text, segments } = decodeCell(raw, cell);
      if (text.length > 0) {
        const t = new QuotedLineText(doc, cell.start, cell.end, segments.length > 1 ? { text, segments } : null);
        if (asTexts) texts[count++] = t;
        else {
          if (count === starts.length) {
            starts = grown(starts);
            ends = grown(ends);
            lineNos = grown(lineNos);
          }
          starts[count] = quoted.length;
          ends[count++] = QUOTED;
          quoted.push(t);
        }
      }
      // Skip whatever follows on the line (extra cells are not part of an utterance log).
      let nl = next;
      while (nl < n && raw.charCodeAt(nl) !== 0x0a && raw.charCodeAt(nl) !== 0x0d) nl++;
      if (nl < n && raw.charCodeAt(nl) === 0x0d && raw.charCodeAt(nl + 1) === 0x0a) nl++;
      if (nl >= n) break;
      line += lineBreaksIn(raw, pos, nl + 1);
      pos = nl + 1;
      continue;
    }
    let nl = raw.indexOf('\n', pos);
    if (nl < 0) nl = n;
    if (nextCR < pos) nextCR = raw.indexOf('\r', pos) >>> 0; // -1 becomes 2^32-1: no more CRs
    let end = nl;
    if (nextCR < nl) {
      if (nextCR === nl - 1) end = nl - 1; // CRLF
      else end = nl = nextCR; // a lone CR ends the line (old Mac endings)
    }
    if (end > pos) {
      if (asTexts) texts[count++] = csv ? new CsvLineText(doc, pos) : new LineText(doc, pos);
      else {
        if (count === starts.length) {
          starts = grown(starts);
          ends = grown(ends);
          lineNos = grown(lineNos);
        }
        starts[count] = pos;
        lineNos[count] = line;
        ends[count++] = end;
      }
    }
    // one line break ends each of these lines (LF, CRLF or a lone CR)
    line++;
    pos = nl + 1;
  }
  if (asTexts) {
    texts.length = count;
    return texts;
  }
  return new UtteranceLines(doc, csv, count, starts, ends, quoted, lineNos);
}

/** Line breaks in raw[from, to): LF, CRLF (one) and a lone CR, as LineDoc.lineOf counts them. */
function lineBreaksIn(raw: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}

const EMPTY: Uint32Array<ArrayBuffer> = new Uint32Array(0);

function grown(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

function estimateLines(raw: string, from: number): number {
  const sample = Math.min(raw.length - from, 65536);
  let lines = 1;
  for (let i = raw.indexOf('\n', from); i >= 0 && i < from + sample; i = raw.indexOf('\n', i + 1)) lines++;
  // Capped a little above Watson's 500,000-line limit, so a file of blank lines cannot reserve a huge array.
  return Math.min(Math.ceil(((raw.length - from) / Math.max(sample, 1)) * lines * 1.1) + 16, 600_000);
}
