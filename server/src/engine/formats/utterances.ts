// Utterance logs (one utterance per line; `.txt` or one-column CSV), up to 20 MB / 500,000 lines. This is
// the hot path for large files: one indexOf per line and one small object per utterance (no string: the
// text is sliced from the raw document when read).
import type { ExtractedText, ParseProblem } from '../types';
import { decodeCell, scanQuoted } from './csvTokenizer';
import { CsvLineText, LineDoc, LineText, QuotedLineText } from './lazyText';

/**
 * Extracts one text per non-empty line from `start`. In CSV mode a line that starts with a quote is read
 * as a quoted cell (which may span lines); other lines are taken whole, commas included.
 */
export function extractUtterances(raw: string, start: number, csv: boolean, problems: ParseProblem[]): ExtractedText[] {
  const n = raw.length;
  // Sized up front from the line length of the first 64K characters: growing a 400,000-element array by push
  // costs several times more (every step allocates and faults in a new large backing store). A wrong guess
  // only costs that growth, or a trimmed tail.
  const texts: ExtractedText[] = new Array(estimateLines(raw, start));
  let count = 0;
  const doc = new LineDoc(raw);
  let pos = start;
  let nextCR = -1;
  while (pos < n) {
    if (csv && raw.charCodeAt(pos) === 0x22) {
      const { cell, next } = scanQuoted(raw, pos, problems);
      const { text, segments } = decodeCell(raw, cell);
      if (text.length > 0) {
        texts[count++] = new QuotedLineText(doc, cell.start, cell.end, segments.length > 1 ? { text, segments } : null);
      }
      // Skip whatever follows on the line (extra cells are not part of an utterance log).
      let nl = next;
      while (nl < n && raw.charCodeAt(nl) !== 0x0a && raw.charCodeAt(nl) !== 0x0d) nl++;
      if (nl < n && raw.charCodeAt(nl) === 0x0d && raw.charCodeAt(nl + 1) === 0x0a) nl++;
      if (nl >= n) break;
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
      texts[count++] = csv ? new CsvLineText(doc, pos) : new LineText(doc, pos);
    }
    pos = nl + 1;
  }
  texts.length = count;
  return texts;
}

function estimateLines(raw: string, from: number): number {
  const sample = Math.min(raw.length - from, 65536);
  let lines = 1;
  for (let i = raw.indexOf('\n', from); i >= 0 && i < from + sample; i = raw.indexOf('\n', i + 1)) lines++;
  // Capped a little above Watson's 500,000-line limit, so a file of blank lines cannot reserve a huge array.
  return Math.min(Math.ceil(((raw.length - from) / Math.max(sample, 1)) * lines * 1.1) + 16, 600_000);
}
