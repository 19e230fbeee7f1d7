// Open documents, kept as chunked LiveDocuments (no whole-text copy per keystroke), plus the one raw edit
// that separates the current text from the text last analysed, with the text it replaced. Consecutive small
// changes are merged into a single span so the incremental path still applies after a burst of typing.
import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
} from 'vscode-languageserver/node';
import { LiveDocument } from './liveDocument';

/** A pending change relative to the last analysed text: [offset, offset+oldLength) became newLength chars. */
export interface PendingSpan {
  offset: number;
  oldLength: number;
  newLength: number;
  /** The analysed text's code units in [offset, offset+oldLength) (what the change removed). */
  oldText: string;
}

/** Spans larger than this re-lint the whole file anyway: not worth keeping their old text. */
const MAX_SPAN = 100_000;

export interface OpenDocument {
  uri: string;
  languageId: string;
  doc: LiveDocument;
  /** Span changed since the last analysis; null = nothing changed; 'full' = unknown (re-lint everything). */
  pending: PendingSpan | null | 'full';
  /** When the oldest change not yet validated arrived (for latency traces). */
  changedAt: number;
}

/**
 * Merges change `c` (in current coordinates, `c.oldText` = what it removes) into span `e` (old → current).
 * `current(start, end)` reads the current text before `c` is applied; it supplies the old text of the parts
 * of the merged span that `e` did not cover (they are unchanged since the analysis).
 */
export function composeSpan(e: PendingSpan | null, c: PendingSpan, current: (start: number, end: number) => string): PendingSpan {
  if (!e) return { ...c };
  const start = Math.min(e.offset, c.offset);
  const endCurrent = Math.max(e.offset + e.newLength, c.offset + c.oldLength);
  const endOld = endCurrent - (e.newLength - e.oldLength);
  const endAfter = endCurrent + (c.newLength - c.oldLength);
  const oldText = current(start, e.offset) + e.oldText + current(e.offset + e.newLength, endCurrent);
  return { offset: start, oldLength: endOld - start, newLength: endAfter - start, oldText };
}

export interface DocumentEvents {
  onOpen(d: OpenDocument): void;
  onChange(d: OpenDocument): void;
  onSave(d: OpenDocument): void;
  onClose(uri: string): void;
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument((p: DidOpenTextDocumentParams) => {
      const { uri, languageId, version, text } = p.textDocument;
      const d: OpenDocument = { uri, languageId, doc: new LiveDocument(uri, languageId, version, text), pending: 'full', changedAt: Date.now() };
      this.docs.set(uri, d);
      events.onOpen(d);
    });
    connection.onDidChangeTextDocument((p: DidChangeTextDocumentParams) => {
      const d = this.docs.get(p.textDocument.uri);
      if (!d) return;
      const version = p.textDocument.version;
      if (d.pending === null) d.changedAt = Date.now();
      for (const change of p.contentChanges) {
        if ('range' in change && d.pending !== 'full') {
          const a = d.doc.offsetAt(change.range.start);
          const b = d.doc.offsetAt(change.range.end);
          const [start, end] = a <= b ? [a, b] : [b, a];
          const doc = d.doc;
          const span = composeSpan(
            d.pending,
            { offset: start, oldLength: end - start, newLength: change.text.length, oldText: doc.slice(start, end) },
            (s, e) => doc.slice(s, e),
          );
          d.pending = span.oldLength > MAX_SPAN || span.newLength > MAX_SPAN ? 'full' : span;
        } else {
          d.pending = 'full';
        }
        d.doc.update([change], version);
      }
      events.onChange(d);
    });
    connection.onDidSaveTextDocument((p: DidSaveTextDocumentParams) => {
      const d = this.docs.get(p.textDocument.uri);
      if (d) events.onSave(d);
    });
    connection.onDidCloseTextDocument((p: DidCloseTextDocumentParams) => {
      this.docs.delete(p.textDocument.uri);
      events.onClose(p.textDocument.uri);
    });
  }
}
