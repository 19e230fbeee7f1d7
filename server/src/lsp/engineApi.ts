// The slice of the engine the language server uses, in one place: parse, lint one text, lint the
// structure of a parsed document, and re-parse after a small edit.
import { cloneText, parseDocument, reparseAfterEdit, type KindGlobs, type ReparseResult } from '../engine/formats';
import { parseJsonStart, type StartOfDocument } from '../engine/formats/parse';
import type { Linter } from '../engine/lint';
import type { ExtractedText, FileKind, Finding, ParsedDocument, RawEdit } from '../engine/types';

export interface ServerLinter {
  parse(raw: string, target: ParseTarget): ParsedDocument;
  /** The first texts of a big JSON document, from its first `length` code units (null: parse it whole). */
  parseStart(raw: string, length: number, target: ParseTarget): StartOfDocument | null;
  /** Findings of one extracted text (policy applied). */
  findingsForText(raw: string, text: ExtractedText): Finding[];
  /** Findings that come from the document structure rather than from its texts. */
  structuralFindings(raw: string, doc: ParsedDocument, path: string | undefined): Finding[];
  /** Everything at once (used by the workspace scan on small files). */
  lintAll(raw: string, doc: ParsedDocument, path: string | undefined): Finding[];
}

/** How a document is parsed: its path, a forced kind (setFileKind) and the configured kind globs. */
export interface ParseTarget {
  path?: string;
  kind?: FileKind;
  globs?: KindGlobs;
}

/**
 * Re-parses after one raw edit; `changed` = indices of texts to re-detect, null = this is a full parse.
 * The previous ParsedDocument is updated in place on the fast path and must not be used afterwards.
 */
export function reparse(prev: ParsedDocument, prevRaw: string, newRaw: string, edit: RawEdit, target: ParseTarget): ReparseResult {
  return reparseAfterEdit(prev, prevRaw, newRaw, edit, target);
}

/** A plain-object copy of an extracted text (the formats' own helper: keeps computed path, pointer, owner). */
export { cloneText };

export function wrapLinter(linter: Linter): ServerLinter {
  return {
    parse: (raw, target) => parseDocument(raw, target),
    parseStart: (raw, length, target) => parseJsonStart(raw, length, target),
    findingsForText: (raw, text) => linter.findingsForText(raw, text),
    structuralFindings: (raw, doc, path) =>
      doc.structural.length === 0 ? [] : linter.lintDocument(raw, { ...doc, texts: [] }, { path }).findings,
    lintAll: (raw, doc, path) => linter.lintDocument(raw, doc, { path }).findings,
  };
}

/**
 * Loads the engine's lazy dictionaries (names, health terms, synthesizer locales) before the first document
 * arrives, so the first diagnostics do not pay for them. Runs during `initialize`.
 */
export function warmUp(linter: Linter): void {
  const sample = JSON.stringify({
    intents: [
      {
        intent: 'warm_up',
        examples: [{ text: 'Hi, this is Maria Gonzalez, my email is maria.gonzalez@gmail.com and I was diagnosed with diabetes' }],
      },
    ],
  });
  linter.lint(sample, { path: 'warm-up.json' });
  linter.clearCache();
}
