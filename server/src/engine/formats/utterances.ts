// Utterance logs (one utterance per line; `.txt` or one-column CSV), up to 20 MB / 500,000 lines. This is
// the hot path for large files: one indexOf per line and one small object per utterance (no string: the
// text is sliced from the raw document when read).
import type { ExtractedText, ParseProblem } from '../types';
import { countLineBreaks, decodeCell, scanQuoted } from './csvTokenizer';
import { CsvLineText, LineText, QuotedLineText } from './lazyText';

/**
 * Extracts one text per non-empty line from `start`. In CSV mode a line that starts with a quote is read
 * as a quoted cell (which may span lines); other lines are taken whole, commas included.
 */
export function extractUtterances(raw: string, start: number, csv: boolean, problems: ParseProblem[]): ExtractedText[] {
  const texts: ExtractedText[] = [];
  const n = raw.length;
  let pos = start;
  let line = 0;
  let nextCR = -1;
  while (pos < n) {
    if (csv && raw.charCodeAt(pos) === 0x22) {
      const { cell, next } = scanQuoted(raw, pos, problems);
      const { text, segments } = decodeCell(raw, cell);
      if (text.length > 0) {
        texts.push(new QuotedLineText(raw, cell.start, cell.end, line, segments.length > 1 ? { text, segments } : null));
      }
      line += countLineBreaks(raw, cell.start, cell.end);
      // Skip whatever follows on the line (extra cells are not part of an utterance log).
      let nl = next;
      while (nl < n && raw.charCodeAt(nl) !== 0x0a && raw.charCodeAt(nl) !== 0x0d) nl++;
      if (nl < n && raw.charCodeAt(nl) === 0x0d && raw.charCodeAt(nl + 1) === 0x0a) nl++;
      if (nl >= n) break;
      pos = nl + 1;
      line++;
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
      texts.push(csv ? new CsvLineText(raw, pos, end, line) : new LineText(raw, pos, end, line));
    }
    pos = nl + 1;
    line++;
  }
  return texts;
}
