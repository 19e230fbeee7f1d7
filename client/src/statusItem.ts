// Language status item ("{} " in the status bar next to the language): findings in the active file and
// when it was last validated, fed by the server's piiLint/status notification and piiLint/fileStatus request.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileStatusNotification, FileStatusRequest, type FileStatus } from '../../server/src/lsp/protocol';
import { DOCUMENT_SELECTOR } from './selector';

export interface StatusSnapshot {
  uri: string | null;
  text: string;
  detail: string | undefined;
  severity: 'information' | 'warning' | 'error';
  status: FileStatus | null;
}

export function describeStatus(status: FileStatus | null): { text: string; detail: string | undefined; severity: vscode.LanguageStatusSeverity } {
  const Sev = vscode.LanguageStatusSeverity;
  if (!status) return { text: 'PII Lint', detail: 'waiting for the server', severity: Sev.Information };
  if (status.skippedReason) return { text: 'PII Lint: skipped', detail: status.skippedReason, severity: Sev.Warning };
  if (status.kind === null) return { text: 'PII Lint: idle', detail: 'not Watson training data (Set Training-Data Kind if it is)', severity: Sev.Information };
  const n = status.findings;
  const text = n === 0 ? 'PII Lint: no findings' : `PII Lint: ${n} finding${n === 1 ? '' : 's'}`;
  const when = status.lastValidated ? new Date(status.lastValidated).toLocaleTimeString() : 'not yet';
  const took = status.durationMs !== null ? ` in ${Math.round(status.durationMs)} ms` : '';
  const detail = `${status.kind} · validated ${when}${took}`;
  return { text, detail, severity: status.errors > 0 ? Sev.Error : n > 0 ? Sev.Warning : Sev.Information };
}

export class FindingsStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, FileStatus>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private subscription: vscode.Disposable | undefined;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('piiLint.findings', DOCUMENT_SELECTOR);
    this.item.name = 'PII Lint';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.render();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
  }

  /** Connects to a (re)started client: listens for status pushes and asks for the active file. */
  attach(client: LanguageClient): void {
    this.subscription?.dispose();
    this.client = client;
    this.byUri.clear();
    this.subscription = client.onNotification(FileStatusNotification, (status: FileStatus) => {
      this.byUri.set(status.uri, status);
      if (status.uri === this.activeUri()) this.render();
    });
    void this.refresh();
  }

  detach(): void {
    this.subscription?.dispose();
    this.subscription = undefined;
    this.client = undefined;
    this.render();
  }

  /** What the item shows now (the `piiLint.getStatus` command returns this). */
  snapshot(): StatusSnapshot {
    const uri = this.activeUri();
    const severity = this.item.severity === vscode.LanguageStatusSeverity.Error ? 'error'
      : this.item.severity === vscode.LanguageStatusSeverity.Warning ? 'warning' : 'information';
    return { uri: uri ?? null, text: this.item.text, detail: this.item.detail, severity, status: (uri && this.byUri.get(uri)) || null };
  }

  async refresh(): Promise<void> {
    const uri = this.activeUri();
    const client = this.client;
    if (uri && client?.isRunning() && !this.byUri.has(uri)) {
      try {
        const status = await client.sendRequest<FileStatus>(FileStatusRequest, { uri });
        if (status) this.byUri.set(uri, status);
      } catch {
        // The server may not know the file yet; the next status notification fills it in.
      }
    }
    this.render();
  }

  private activeUri(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  private render(): void {
    const uri = this.activeUri();
    const { text, detail, severity } = this.client
      ? describeStatus((uri && this.byUri.get(uri)) || null)
      : { text: 'PII Lint: stopped', detail: 'the language server is not running', severity: vscode.LanguageStatusSeverity.Warning };
    this.item.text = text;
    this.item.detail = detail;
    this.item.severity = severity;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
