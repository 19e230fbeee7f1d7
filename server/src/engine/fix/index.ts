// Placeholder: replacement values for fixes (synthetic / placeholder / mask), escaping for the raw
// encoding, and applying raw edits. Signatures are the contract; implementations land with the CLI issue.
import type { RawEdit, RawEncoding } from '../types';

export type FixStrategy = 'synthetic' | 'placeholder' | 'mask';

/** Produces realistic fakes of the same kind and shape; the same (entity, value) always maps to the same fake within one instance. */
export interface Synthesizer {
  synthetic(entity: string, value: string): string;
}

export function createSynthesizer(_seed = 1): Synthesizer {
  return { synthetic: (entity) => `[${entity}]` };
}

export function placeholderFor(entity: string): string {
  return `[${entity}]`;
}

export function maskValue(value: string): string {
  return '*'.repeat(value.length);
}

/** Escapes decoded replacement text so it can be written into a raw range of the given encoding. */
export function escapeFor(_encoding: RawEncoding, text: string): string {
  return text;
}

/** Applies non-overlapping edits (any order) to a raw document. */
export function applyEdits(raw: string, edits: RawEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = raw;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
