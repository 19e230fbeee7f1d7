// Test client: spawns the BUILT language server (`node server.js --stdio`) and speaks LSP to it with
// vscode-jsonrpc's message connection. It plays the editor: answers workspace/configuration from a
// settings object, accepts registrations, records progress and messages, applies workspace edits to its
// own copies of the documents, and lets tests wait for diagnostics of a given document version.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  ConfigurationParams,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextEdit,
  WorkspaceEdit,
  ApplyWorkspaceEditParams,
  CreateFile,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface ProgressParams {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };
}

export const repoRoot = resolve(__dirname, '..', '..', '..');

let builtServer: string | undefined;

/** dist/server.js built from the current sources into a private folder (other builds may rewrite dist/ at any time). */
export function serverPath(): string {
  if (process.env.PII_LINT_SERVER) return resolve(process.env.PII_LINT_SERVER);
  if (builtServer && existsSync(builtServer)) return builtServer;
  const dir = join(tmpdir(), `pii-lint-lsp-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'server.js');
  buildSync({
    entryPoints: [join(repoRoot, 'server/src/lsp/main.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'error',
  });
  builtServer = out;
  return out;
}

export interface ClientOptions {
  /** Workspace folder (a real directory). */
  root?: string;
  settings?: Record<string, unknown>;
  /** Omit client capabilities (configuration, progress, documentChanges) to test fallbacks. */
  minimal?: boolean;
  /** Extra node flags for the server process (e.g. --cpu-prof when profiling). */
  nodeArgs?: string[];
  /** Declare codeAction/resolve support for `edit`, as VS Code does (the server then sends fix-all edits lazily). */
  resolveCodeActions?: boolean;
}

type Waiter = { test: () => boolean; resolve: () => void };

/** The server's piiLint/status notification (what the tests read of it). */
interface Status {
  uri: string;
  findings: number;
  skippedReason?: string;
  version?: number;
  /** Version of the published diagnostics that hold for `version` (older when they did not change). */
  diagnosticsVersion?: number;
}

export class LspTestClient {
  readonly conn: MessageConnection;
  readonly child: ChildProcess;
  settings: Record<string, unknown>;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publish, in order: uri, version and number of diagnostics. */
  readonly publishLog: { uri: string; version?: number; count: number; at: number; diagnostics: Diagnostic[] }[] = [];
  readonly docs = new Map<string, TextDocument>();
  readonly messages: ShowMessageParams[] = [];
  readonly progress: ProgressParams[] = [];
  readonly progressCreated: (string | number)[] = [];
  readonly logs: string[] = [];
  readonly statuses: Status[] = [];
  /** The last status notification per URI. */
  private readonly lastStatus = new Map<string, Status>();
  readonly registrations: string[] = [];
  stderr = '';
  /** Per URI: sequence number of the last publish and of the last status notification (order of arrival). */
  private readonly lastPublishSeq = new Map<string, number>();
  private readonly lastStatusSeq = new Map<string, number>();
  private seq = 0;
  private waiters: Waiter[] = [];
  private exited = false;

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.child.on('exit', () => {
      this.exited = true;
      this.poke();
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onRequest('workspace/configuration', (p: ConfigurationParams) =>
      p.items.map((item) => (item.section === 'piiLint' ? this.settings : null)),
    );
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations) this.registrations.push(r.method);
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progressCreated.push(p.token);
      return null;
    });
    this.conn.onRequest('window/showDocument', () => ({ success: true }));
    this.conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => ({ applied: this.applyWorkspaceEdit(p.edit) }));
    this.conn.onNotification('$/progress', (p: ProgressParams) => {
      this.progress.push(p);
      this.poke();
    });
    this.conn.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.poke();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onNotification('piiLint/status', (p: Status) => {
      this.statuses.push(p);
      this.lastStatus.set(p.uri, p);
      this.lastStatusSeq.set(p.uri, ++this.seq);
      this.poke();
    });
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.lastPublishSeq.set(p.uri, ++this.seq);
      this.publishLog.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at: Date.now(), diagnostics: p.diagnostics });
      this.poke();
    });
    this.conn.listen();
  }

  get isAlive(): boolean {
    return !this.exited;
  }

  async initialize(): Promise<InitializeResult> {
    const root = this.options.root;
    const full = !this.options.minimal;
    const result = (await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? pathToFileURL(root).toString() : null,
      workspaceFolders: root ? [{ uri: pathToFileURL(root).toString(), name: 'ws' }] : null,
      capabilities: {
        workspace: {
          configuration: full,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: full },
          didChangeConfiguration: { dynamicRegistration: full },
          workspaceEdit: full ? { documentChanges: true, resourceOperations: ['create'] } : {},
        },
        window: full ? { workDoneProgress: true, showDocument: { support: true } } : {},
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            dataSupport: true,
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
            ...(this.options.resolveCodeActions ? { resolveSupport: { properties: ['edit'] } } : {}),
          },
        },
      },
    })) as InitializeResult;
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  uri(path: string): string {
    return pathToFileURL(path).toString();
  }

  async open(uri: string, text: string, languageId = 'json'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental change (or a full replacement when `range` is omitted). */
  async change(uri: string, edits: TextEdit[] | string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const contentChanges = typeof edits === 'string' ? [{ text: edits }] : edits.map((e) => ({ range: e.range, text: e.newText }));
    TextDocument.update(doc, contentChanges, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Applies a WorkspaceEdit to the client's copies, then syncs each changed document with didChange. */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const perUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.set(uri, edits);
    for (const dc of edit.documentChanges ?? []) {
      if ((dc as CreateFile).kind === 'create') continue;
      const tde = dc as TextDocumentEdit;
      perUri.set(tde.textDocument.uri, [...(perUri.get(tde.textDocument.uri) ?? []), ...(tde.edits as TextEdit[])]);
    }
    for (const [uri, edits] of perUri) {
      if (!this.docs.has(uri)) return false;
      // Send as one full-text change computed the way an editor applies them (all edits on the same version).
      const doc = this.docs.get(uri)!;
      const next = TextDocument.applyEdits(doc, edits);
      void this.change(uri, next);
    }
    return true;
  }

  private poke(): void {
    const ready = this.waiters.filter((w) => w.test() || this.exited);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** Waits until `test` holds (re-checked on every incoming notification). */
  waitFor(test: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          if (this.exited && !test()) reject(new Error(`server exited while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
          else resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * Whether the diagnostics held for `uri` are those of version `want`: published for it, or published for an
   * older version that the server's status says still holds (it does not re-send unchanged diagnostics).
   */
  private holds(uri: string, want: number | undefined): boolean {
    const p = this.diagnostics.get(uri);
    if (!p) return false;
    if (want === undefined || p.version === want) return true;
    const s = this.lastStatus.get(uri);
    return !!s && s.version === want && s.diagnosticsVersion === p.version;
  }

  /** Diagnostics of the document's current version (or any version for unopened files). */
  /** The server's code actions for one diagnostic, asked for at its range (as an editor does under the cursor). */
  async codeActionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return (await this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  }

  async diagnosticsFor(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    const want = version ?? this.docs.get(uri)?.version;
    await this.waitFor(() => this.holds(uri, want), `diagnostics of ${uri} v${want}`, timeoutMs);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /**
   * The complete diagnostics of the document's current version: a long lint publishes partial results first,
   * and the server's status notification follows only the complete publish.
   */
  async completeDiagnosticsFor(uri: string, timeoutMs?: number): Promise<Diagnostic[]> {
    await this.waitFor(() => {
      const published = this.lastPublishSeq.get(uri) ?? 0;
      const version = this.docs.get(uri)?.version;
      return this.holds(uri, version) && this.lastStatus.get(uri)?.version === version && (this.lastStatusSeq.get(uri) ?? 0) > published;
    }, `complete diagnostics of ${uri}`, timeoutMs);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /** Waits for diagnostics of the current version satisfying `test`. */
  async diagnosticsWhere(uri: string, test: (d: Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<Diagnostic[]> {
    await this.waitFor(() => this.holds(uri, this.docs.get(uri)?.version) && test(this.diagnostics.get(uri)!.diagnostics), what, timeoutMs);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { piiLint: settings } });
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.conn.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (!this.exited) this.child.kill();
    this.conn.dispose();
  }
}

/** Offset-based range of the n-th occurrence of `needle` in `text` (as LSP positions). */
export function rangeOf(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in fixture`);
  }
  const doc = TextDocument.create('x:', 'json', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}
