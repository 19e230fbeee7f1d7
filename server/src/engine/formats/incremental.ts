// Incremental re-parse for the language server: an edit that stays inside one extracted text and touches
// nothing structural re-decodes only that text and shifts everything after it. Anything else falls back to
// a full parse.
//
// In-place contract: on the fast path the ExtractedText objects after the edit (and their segments) are
// shifted IN PLACE and the texts array is reused, so `prev` must not be used afterwards. Unchanged texts keep
// their identity and index; `changed` lists the indices whose text was replaced by a new object.
import type { ExtractedText, ParsedDocument, RawEdit, Role } from '../types';
import { parseDocument, type ParseOptions } from './parse';
import { decodeCell, scanQuoted } from './csvTokenizer';
import { decodeJsonString } from './jsonString';
import { cloneText, shiftText, ShiftTarget } from './lazyText';

export interface ReparseResult {
  doc: ParsedDocument;
  /** Indices of texts that changed, or null after a full parse. */
  changed: number[] | null;
}

/** Texts that name things other texts refer to (paths, owners, structural checks): editing them re-parses. */
const NAMING_ROLES = new Set<Role>(['intent-name', 'entity-name', 'action-title', 'dialog-title', 'variable-title']);
/** CSV kind detection reads the first rows; edits there may change the kind. */
const CSV_DETECTION_ROWS = 200;

function hasUnsafeChar(s: string, enc: ExtractedText['encoding']): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09) return true; // control characters (incl. CR/LF, NUL)
    if (c === 0xfffd) return true;
    if (enc === 'json-string' && (c === 0x22 || c === 0x5c)) return true;
    if ((enc === 'csv-quoted' || enc === 'csv-unquoted') && c === 0x22) return true;
    if (enc === 'csv-unquoted' && c === 0x2c) return true;
    if (enc === 'csv-quoted' && c === 0x2c) return true;
  }
  return false;
}

/** Index of the text containing [offset, end], or -1. */
function textAt(texts: ExtractedText[], offset: number, end: number): number {
  let lo = 0;
  let hi = texts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (texts[mid].rawStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const t = texts[found];
  return end <= t.rawEnd ? found : -1;
}

/** Re-reads the text at its shifted range in newRaw; null when its boundaries no longer hold. */
function redecode(old: ExtractedText, newRaw: string, start: number, end: number, isUtteranceLine: boolean): ExtractedText | null {
  let text: string;
  let segments: ExtractedText['segments'];
  if (old.encoding === 'json-string') {
    // The string must still close exactly at `end` (an inserted char may now escape the closing quote).
    let i = start;
    while (i < end) {
      const c = newRaw.charCodeAt(i);
      if (c === 0x22) return null;
      i += c === 0x5c ? 2 : 1;
    }
    if (i !== end || newRaw.charCodeAt(end) !== 0x22) return null;
    const problems: never[] = [];
    const d = decodeJsonString(newRaw, start, end, problems);
    if (problems.length > 0) return null;
    text = d.text;
    segments = d.segments;
  } else if (old.encoding === 'csv-quoted') {
    const scan = scanQuoted(newRaw, start - 1, []);
    if (scan.cell.end !== end || newRaw.charCodeAt(end) !== 0x22) return null;
    ({ text, segments } = decodeCell(newRaw, scan.cell));
  } else {
    text = newRaw.slice(start, end);
    segments = [{ d: 0, r: start }];
    if (old.encoding === 'csv-unquoted' && text.charCodeAt(0) === 0x22 && (isUtteranceLine || start === old.rawStart)) return null;
  }
  if (text.length === 0) return null;
  const t = cloneText(old);
  t.text = text;
  t.rawStart = start;
  t.rawEnd = end;
  t.segments = segments;
  return t;
}

/**
 * `opts` are the options the document was parsed with (path, globs, forced kind); they are used for the
 * full-parse fallback. Without them the fallback keeps the previous kind.
 */
export function reparseAfterEdit(prev: ParsedDocument, prevRaw: string, newRaw: string, edit: RawEdit, opts?: ParseOptions): ReparseResult {
  const full = (): ReparseResult => ({ doc: parseDocument(newRaw, opts ?? { kind: prev.kind ?? undefined }), changed: null });
  try {
    if (!prev.kind || prev.kind === 'entities-csv') return full();
    const delta = edit.newText.length - edit.length;
    const editEnd = edit.offset + edit.length;
    if (newRaw.length !== prevRaw.length + delta || editEnd > prevRaw.length || edit.offset < 0) return full();
    const i = textAt(prev.texts, edit.offset, editEnd);
    if (i < 0) return full();
    const old = prev.texts[i];
    if (NAMING_ROLES.has(old.role)) return full();
    const csvKind = prev.kind === 'intents-csv' || prev.kind === 'phrases-csv';
    if (csvKind && typeof old.pointer[0] === 'number' && old.pointer[0] < CSV_DETECTION_ROWS) return full();
    if (hasUnsafeChar(edit.newText, old.encoding) || hasUnsafeChar(prevRaw.slice(edit.offset, editEnd), old.encoding)) return full();
    if (old.encoding === 'plain' && edit.newText.includes('\r')) return full();
    // Problems inside or right at the edited text (e.g. an unterminated string) need the full parser.
    for (const p of prev.problems) {
      if (p.offset + p.length >= old.rawStart - 1 && p.offset <= old.rawEnd + 1) return full();
    }
    const updated = redecode(old, newRaw, old.rawStart, old.rawEnd + delta, prev.kind === 'utterances');
    if (!updated) return full();

    const texts = prev.texts;
    texts[i] = updated;
    // Texts read their raw text from the document lazily: all of them move to newRaw (those before the
    // edit keep their offsets), which also lets prevRaw be freed.
    const target = new ShiftTarget(newRaw);
    for (let k = 0; k < i; k++) shiftText(texts[k], 0, target);
    for (let k = i + 1; k < texts.length; k++) shiftText(texts[k], delta, target);
    if (delta !== 0) {
      for (const p of prev.problems) if (p.offset >= editEnd) p.offset += delta;
      for (const s of prev.structural) {
        if (s.offset >= editEnd) s.offset += delta;
        if (s.fix) for (const f of s.fix) if (f.offset >= editEnd) f.offset += delta;
      }
    }
    const doc: ParsedDocument = { kind: prev.kind, texts, problems: prev.problems, structural: prev.structural, counts: prev.counts };
    return { doc, changed: [i] };
  } catch {
    return full();
  }
}
