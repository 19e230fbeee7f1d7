// Test helpers for the format layer: a JSON writer with selectable string escaping (so planted values can
// sit inside \uXXXX escapes), CSV cell writers, and range checks.
import assert from 'node:assert/strict';
import { toRawRange } from '../../../server/src/engine/formats';
import type { ExtractedText, ParsedDocument } from '../../../server/src/engine/types';

export type StringStyle = 'plain' | 'ascii';

/** JSON string body for `s`: 'plain' = JSON.stringify escaping; 'ascii' = also \uXXXX for non-ASCII and \/ for '/'. */
export function jsonBody(s: string, style: StringStyle): string {
  const std = JSON.stringify(s).slice(1, -1);
  if (style === 'plain') return std;
  return std.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/');
}

/** Serializes like JSON.stringify(v, null, indent) but with `style` escaping for strings. */
export function writeJson(v: unknown, style: StringStyle, indent = 2, eol = '\n', depth = 0): string {
  const pad = (d: number) => (indent ? eol + ' '.repeat(indent * d) : '');
  if (typeof v === 'string') return `"${jsonBody(v, style)}"`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x) => pad(depth + 1) + writeJson(x, style, indent, eol, depth + 1)).join(',')}${pad(depth)}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{${entries.map(([k, x]) => `${pad(depth + 1)}"${jsonBody(k, style)}"${sep}${writeJson(x, style, indent, eol, depth + 1)}`).join(',')}${pad(depth)}}`;
}

/** RFC 4180 quoted cell. */
export const quoteCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Asserts every range of a document lies within the raw text and texts are ordered. */
export function assertRangesSane(doc: ParsedDocument, raw: string): void {
  let last = -1;
  for (const t of doc.texts) {
    assert.ok(t.rawStart >= 0 && t.rawStart <= t.rawEnd && t.rawEnd <= raw.length, `text range out of bounds: ${t.rawStart}-${t.rawEnd}`);
    assert.ok(t.rawStart >= last, 'texts are in document order');
    last = t.rawEnd;
    assert.equal(t.segments[0].d, 0);
    assert.equal(t.segments[0].r, t.rawStart);
    for (let i = 1; i < t.segments.length; i++) {
      assert.ok(t.segments[i].d >= t.segments[i - 1].d && t.segments[i].r > t.segments[i - 1].r, 'segments ordered');
      assert.ok(t.segments[i].r <= t.rawEnd);
    }
  }
  for (const p of doc.problems) assert.ok(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= raw.length, `problem out of bounds: ${p.message}`);
  for (const s of doc.structural) assert.ok(s.offset >= 0 && s.offset + s.length <= raw.length);
}

/** Raw slice for the decoded range [a, b) of a text. */
export function rawSlice(raw: string, t: ExtractedText, a: number, b: number): string {
  const r = toRawRange(t, a, b);
  return raw.slice(r.offset, r.offset + r.length);
}
