// Applying raw edits safely: edits are validated and sorted; overlapping edits are rejected with an error
// instead of producing a corrupted file.
import type { RawEdit } from '../types';

export class EditConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditConflictError';
  }
}

function sameEdit(a: RawEdit, b: RawEdit): boolean {
  return a.offset === b.offset && a.length === b.length && a.newText === b.newText;
}

/** Validates edits against a document of `rawLength` and returns them sorted by offset, exact duplicates removed. */
export function normalizeEdits(rawLength: number, edits: readonly RawEdit[]): RawEdit[] {
  for (const e of edits) {
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length < 0 || e.offset + e.length > rawLength)
      throw new EditConflictError(`edit [${e.offset}, +${e.length}) is outside the document (length ${rawLength})`);
    if (typeof e.newText !== 'string') throw new EditConflictError(`edit at ${e.offset} has no replacement text`);
  }
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const out: RawEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev) {
      if (sameEdit(prev, e)) continue;
      const prevEnd = prev.offset + prev.length;
      // Two inserts at one offset, or a range starting inside the previous one, have no well-defined result.
      if (e.offset < prevEnd || (e.length === 0 && prev.length === 0 && e.offset === prev.offset))
        throw new EditConflictError(`overlapping edits at offsets ${prev.offset} and ${e.offset}`);
    }
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits (any order) to a raw document. Throws EditConflictError on overlap or bad ranges. */
export function applyEdits(raw: string, edits: readonly RawEdit[]): string {
  const sorted = normalizeEdits(raw.length, edits);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(raw.slice(pos, e.offset), e.newText);
    pos = e.offset + e.length;
  }
  parts.push(raw.slice(pos));
  return parts.join('');
}
