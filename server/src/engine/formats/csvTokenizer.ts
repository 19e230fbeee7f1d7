// A small RFC 4180 tokenizer that keeps raw offsets: quoted cells (with doubled quotes and embedded
// newlines), CRLF/LF/CR line ends in any mix. Unterminated quotes are reported and recovered at the end of
// the line, so one stray quote does not swallow the rest of the file.
import type { ExtractedText, ParseProblem } from '../types';

export interface CsvCell {
  /** Raw body range (inside the quotes for quoted cells). */
  start: number;
  end: number;
  quoted: boolean;
  /** Quoted body contains doubled quotes that decode to one quote. */
  doubled: boolean;
}

export interface CsvRow {
  cells: CsvCell[];
  /** 0-based physical line where the row starts. */
  line: number;
}

export interface QuotedScan {
  cell: CsvCell;
  /** Offset just after the closing quote (or where recovery stopped). */
  next: number;
}

/** Scans a quoted cell whose opening quote is at `q`. */
export function scanQuoted(raw: string, q: number, problems: ParseProblem[]): QuotedScan {
  let i = q + 1;
  let doubled = false;
  for (;;) {
    const close = raw.indexOf('"', i);
    if (close < 0) break;
    if (raw.charCodeAt(close + 1) === 0x22) {
      doubled = true;
      i = close + 2;
      continue;
    }
    return { cell: { start: q + 1, end: close, quoted: true, doubled }, next: close + 1 };
  }
  // Unterminated: recover at the end of the line holding the opening quote.
  let e = q + 1;
  while (e < raw.length) {
    const c = raw.charCodeAt(e);
    if (c === 0x0a || c === 0x0d) break;
    e++;
  }
  problems.push({ message: 'Unterminated quoted cell: the closing quote is missing', offset: q, length: e - q, severity: 'error' });
  return { cell: { start: q + 1, end: e, quoted: true, doubled: raw.slice(q + 1, e).includes('""') }, next: e };
}

/** Counts line breaks in raw[from, to) (CRLF counts once). */
export function countLineBreaks(raw: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a) lines++;
    else if (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a) lines++;
  }
  return lines;
}

/** Tokenizes rows from `start`; stops after `maxRows` rows when given. Never throws. */
export function tokenizeCsv(raw: string, start: number, problems: ParseProblem[], maxRows = Infinity): CsvRow[] {
  const n = raw.length;
  const rows: CsvRow[] = [];
  let pos = start;
  let line = 0;
  let afterQuoteReported = false;
  while (pos < n && rows.length < maxRows) {
    const cells: CsvCell[] = [];
    const rowLine = line;
    for (;;) {
      let cellEnd: number;
      if (raw.charCodeAt(pos) === 0x22) {
        const { cell, next } = scanQuoted(raw, pos, problems);
        line += countLineBreaks(raw, cell.start, cell.end);
        cells.push(cell);
        cellEnd = next;
        // Anything between the closing quote and the delimiter is malformed; skip it.
        let e = cellEnd;
        while (e < n) {
          const c = raw.charCodeAt(e);
          if (c === 0x2c || c === 0x0a || c === 0x0d) break;
          e++;
        }
        if (e > cellEnd && !afterQuoteReported) {
          afterQuoteReported = true;
          problems.push({ message: 'Unexpected text after a closing quote', offset: cellEnd, length: e - cellEnd, severity: 'error' });
        }
        cellEnd = e;
      } else {
        let e = pos;
        while (e < n) {
          const c = raw.charCodeAt(e);
          if (c === 0x2c || c === 0x0a || c === 0x0d) break;
          e++;
        }
        cells.push({ start: pos, end: e, quoted: false, doubled: false });
        cellEnd = e;
      }
      pos = cellEnd;
      if (pos >= n) break;
      const c = raw.charCodeAt(pos);
      if (c === 0x2c) {
        pos++;
        if (pos >= n) {
          cells.push({ start: pos, end: pos, quoted: false, doubled: false });
          break;
        }
        continue;
      }
      // line end
      pos += c === 0x0d && raw.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
      line++;
      break;
    }
    rows.push({ cells, line: rowLine });
  }
  return rows;
}

/** Decoded text and segments of a cell. */
export function decodeCell(raw: string, cell: CsvCell): { text: string; segments: ExtractedText['segments'] } {
  if (!cell.doubled) return { text: raw.slice(cell.start, cell.end), segments: [{ d: 0, r: cell.start }] };
  const segments: ExtractedText['segments'] = [{ d: 0, r: cell.start }];
  let text = '';
  let from = cell.start;
  for (;;) {
    const q = raw.indexOf('""', from);
    if (q < 0 || q + 1 >= cell.end) break;
    text += raw.slice(from, q + 1);
    from = q + 2;
    segments.push({ d: text.length, r: from });
  }
  text += raw.slice(from, cell.end);
  return { text, segments };
}

/** A row is blank when it is a single empty unquoted cell. */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.length === 1 && !row.cells[0].quoted && row.cells[0].start === row.cells[0].end;
}

/** Decoded cell values of every non-blank row: for tools (eval, bench) that read CSV corpora without offsets. */
export function readCsvRows(raw: string): string[][] {
  return tokenizeCsv(raw, 0, [])
    .filter((row) => !isBlankRow(row))
    .map((row) => row.cells.map((cell) => decodeCell(raw, cell).text));
}
