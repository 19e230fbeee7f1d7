// Query results as a read-only virtual document: user text masked until revealed; export to JSON.
// The URI carries only a sequence number, never the customer id (URIs end up in recent-file lists).
import * as vscode from 'vscode';
import type { QueryResult } from '../client';
import { displayRows, formatRows, maskText } from '../logs';

export const RESULTS_SCHEME = 'pii-lint-customer-data';

interface Entry {
  instance: string;
  result: QueryResult;
  revealed: boolean;
}

export class ResultsDocuments implements vscode.TextDocumentContentProvider {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private seq = 0;

  add(instance: string, result: QueryResult): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: RESULTS_SCHEME, path: `/customer-data-query-${++this.seq}` });
    this.entries.set(uri.toString(), { instance, result, revealed: false });
    return uri;
  }

  get(uri: vscode.Uri): Entry | undefined {
    return this.entries.get(uri.toString());
  }

  toggle(uri: vscode.Uri): boolean | undefined {
    const e = this.entries.get(uri.toString());
    if (!e) return undefined;
    e.revealed = !e.revealed;
    this.changed.fire(uri);
    return e.revealed;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const e = this.entries.get(uri.toString());
    if (!e) return 'These query results are no longer available; run "PII Lint: Query customer data" again.';
    const { result } = e;
    const head = [
      `Customer data query — instance "${e.instance}", customer id "${result.customerId}"`,
      `${result.logs.length} log entr${result.logs.length === 1 ? 'y' : 'ies'} (${result.api} logs, filter ${result.filter}, newest first, ${result.pages} page(s))`,
      e.revealed ? 'User text: REVEALED (run "PII Lint: Toggle user text in query results" to mask it again)' : 'User text: masked (run "PII Lint: Toggle user text in query results" to reveal it)',
      '',
    ];
    return head.join('\n') + formatRows(displayRows(result.logs, e.revealed)) + '\n';
  }

  /** The logs as JSON, masked unless the document is currently revealed. */
  exportJson(uri: vscode.Uri): string | undefined {
    const e = this.entries.get(uri.toString());
    if (!e) return undefined;
    const logs = e.revealed ? e.result.logs : e.result.logs.map(maskLog);
    return JSON.stringify({ instance: e.instance, customerId: e.result.customerId, count: logs.length, masked: !e.revealed, logs }, null, 2) + '\n';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function maskLog(log: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(log)) as { request?: { input?: { text?: unknown } } };
  if (typeof copy.request?.input?.text === 'string') copy.request.input.text = maskText(copy.request.input.text);
  return copy;
}
