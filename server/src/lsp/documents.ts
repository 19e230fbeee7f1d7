// Open documents, kept with vscode-languageserver-textdocument (incremental line offsets), plus the one
// raw edit that separates the current text from the text last analysed. Consecutive small changes are
// merged into a single span so the incremental path still applies after a burst of typing.
import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A pending change relative to the last analysed text: [offset, offset+oldLength) became newLength chars. */
export interface PendingSpan {
  offset: number;
  oldLength: number;
  newLength: number;
}

export interface OpenDocument {
  uri: string;
  languageId: string;
  doc: TextDocument;
  /** Span changed since the last analysis; null = nothing changed; 'full' = unknown (re-lint everything). */
  pending: PendingSpan | null | 'full';
  /** When the oldest change not yet validated arrived (for latency traces). */
  changedAt: number;
}

/** Merges change `c` (in current coordinates) into span `e` (old → current). */
export function composeSpan(e: PendingSpan | null, c: PendingSpan): PendingSpan {
  if (!e) return { ...c };
  const start = Math.min(e.offset, c.offset);
  const endCurrent = Math.max(e.offset + e.newLength, c.offset + c.oldLength);
  const endOld = endCurrent - (e.newLength - e.oldLength);
  const endAfter = endCurrent + (c.newLength - c.oldLength);
  return { offset: start, oldLength: endOld - start, newLength: endAfter - start };
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
      const d: OpenDocument = { uri, languageId, doc: TextDocument.create(uri, languageId, version, text), pending: 'full', changedAt: Date.now() };
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
          const start = d.doc.offsetAt(change.range.start);
          const end = d.doc.offsetAt(change.range.end);
          d.pending = composeSpan(d.pending, { offset: start, oldLength: end - start, newLength: change.text.length });
        } else {
          d.pending = 'full';
        }
        TextDocument.update(d.doc, [change], version);
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
