// Placeholder: the format layer (kind detection and extraction with exact ranges) lands here.
import type { FileKind, ParsedDocument } from '../types';

export interface ParseOptions {
  path?: string;
  kind?: FileKind;
}

export function detectKind(_raw: string, _path?: string): FileKind | null {
  return null;
}

export function parseDocument(_raw: string, opts: ParseOptions = {}): ParsedDocument {
  return { kind: opts.kind ?? null, texts: [], problems: [], structural: [], counts: {} };
}
