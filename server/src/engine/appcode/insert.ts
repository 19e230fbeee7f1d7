// Inserting one entry into a bracketed list (JS object literal, Python dict or argument list) in the file's
// own layout: on its own line with the neighbours' indentation when the list is multi-line, inline otherwise,
// respecting an existing trailing comma.
import type { RawEdit } from '../types';

export interface BracketList {
  /** Offset of the opening bracket. */
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  /** Spans of the existing entries, in order. */
  entries: { start: number; end: number }[];
}

function lineIndent(raw: string, offset: number): string {
  const lineStart = raw.lastIndexOf('\n', offset - 1) + 1;
  let e = lineStart;
  while (e < offset && (raw[e] === ' ' || raw[e] === '\t')) e++;
  return raw.slice(lineStart, e);
}

export function insertEntry(raw: string, list: BracketList, entry: string): RawEdit {
  const { open, close, entries } = list;
  if (entries.length === 0) {
    const inner = raw.slice(open + 1, close);
    if (inner.trim() === '') {
      if (!inner.includes('\n')) return { offset: open + 1, length: inner.length, newText: ` ${entry} ` };
      const outer = lineIndent(raw, open);
      const eol = inner.includes('\r\n') ? '\r\n' : '\n';
      return { offset: open + 1, length: inner.length, newText: `${eol}${outer}  ${entry}${eol}${outer}` };
    }
    return { offset: open + 1, length: 0, newText: ` ${entry},` };
  }
  const first = entries[0];
  const last = entries[entries.length - 1];
  const between = raw.slice(last.end, close);
  const comma = between.search(/\S/) >= 0 && between.trimStart().startsWith(',') ? last.end + between.indexOf(',') : -1;
  const multiLine = raw.slice(open + 1, first.start).includes('\n');
  if (multiLine) {
    const indent = lineIndent(raw, last.start);
    const eol = raw.slice(open, close).includes('\r\n') ? '\r\n' : '\n';
    if (comma >= 0) return { offset: comma + 1, length: 0, newText: `${eol}${indent}${entry},` };
    return { offset: last.end, length: 0, newText: `,${eol}${indent}${entry}` };
  }
  if (comma >= 0) return { offset: comma + 1, length: 0, newText: ` ${entry},` };
  return { offset: last.end, length: 0, newText: `, ${entry}` };
}

/** The quote character the code around a span uses most, `'` when it uses none. */
export function quoteNear(raw: string, start: number, end: number): string {
  let single = 0;
  let double = 0;
  for (let i = start; i < end && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x27) single++;
    else if (c === 0x22) double++;
  }
  return double > single ? '"' : "'";
}
