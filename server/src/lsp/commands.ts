// workspace/executeCommand handlers. Every command validates its arguments and answers with a result
// object; failures become a clear error response, never a crash.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ResponseError,
  ErrorCodes,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type ProgressToken,
  WorkDoneProgress,
} from 'vscode-languageserver/node';
import { FILE_KINDS, type FileKind } from '../engine/types';
import { addAllowEntry, newConfigText } from './allowValue';
import { allFindings } from './analysis';
import { fixAllEdits, rawEditsToTextEdits, workspaceEdit, type EditOptions } from './codeActions';
import type { ConfigResolver } from './configResolver';
import type { DocumentStore } from './documents';
import type { KindResolver } from './kinds';
import type { Logger } from './logger';
import {
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA_REF,
  Commands,
  type AllowValueParams,
  type AllowValueResult,
  type ApplyFixParams,
  type FixAllParams,
  type FixStrategy,
  type RuleInfo,
  type SetFileKindParams,
} from './protocol';
import { ruleDocsUrl, rulesWithSeverity } from './rules';
import type { SettingsStore } from './settings';
import { fsPathOf, type Validator } from './validator';
import { scanWorkspace } from './workspaceScan';

export interface CommandContext {
  connection: Connection;
  documents: DocumentStore;
  validator: Validator;
  configs: ConfigResolver;
  kinds: KindResolver;
  settings: SettingsStore;
  log: Logger;
  editOptions: EditOptions;
  supportsShowDocument: boolean;
  supportsWorkDoneProgress: boolean;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function firstArg<T>(args: unknown[] | undefined): Partial<T> {
  const a = args?.[0];
  if (typeof a === 'string') return { uri: a } as unknown as Partial<T>;
  return a && typeof a === 'object' ? (a as Partial<T>) : {};
}

interface Progress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

const silentProgress: Progress = { begin: () => undefined, report: () => undefined, done: () => undefined };

/** Progress on a token the client supplied with the request (the client cancels the request itself). */
function clientProgress(connection: Connection, token: ProgressToken): Progress {
  return {
    begin: (title, percentage, message, cancellable) =>
      void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title, percentage, message, cancellable }),
    report: (percentage, message) => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', percentage, message }),
    done: () => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' }),
  };
}

function strategyOf(s: unknown): FixStrategy {
  return s === 'placeholder' || s === 'mask' ? s : 'synthetic';
}

export class CommandHandler {
  private scanPublished = new Set<string>();
  /** URIs whose diagnostics currently come from the workspace scan (kept when the editor closes them). */
  get scannedUris(): ReadonlySet<string> {
    return this.scanPublished;
  }

  constructor(private readonly ctx: CommandContext) {}

  async execute(command: string, args: unknown[] | undefined, token: CancellationToken, workDoneToken: ProgressToken | undefined): Promise<unknown> {
    switch (command) {
      case Commands.scanWorkspace:
        return this.scan(token, workDoneToken);
      case Commands.fixAllInFile:
        return this.fixAll(firstArg<FixAllParams>(args));
      case Commands.applyFix:
        return this.applyFix(firstArg<ApplyFixParams>(args));
      case Commands.allowValue:
        return this.allowValue(firstArg<AllowValueParams>(args));
      case Commands.showRules:
        return this.showRules();
      case Commands.setFileKind:
        return this.setFileKind(firstArg<SetFileKindParams>(args));
      case Commands.openRuleDocs:
        return this.openRuleDocs(firstArg<{ ruleId: string }>(args));
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${command}`);
    }
  }

  private openDoc(uri: unknown) {
    if (typeof uri !== 'string') throw invalid('expected { uri } of an open document');
    const d = this.ctx.documents.get(uri);
    if (!d) throw invalid(`document is not open: ${uri}`);
    return d;
  }

  private async fixAll(p: Partial<FixAllParams>): Promise<{ applied: boolean; count: number }> {
    const d = this.openDoc(p.uri);
    const a = await this.ctx.validator.current(d.uri);
    if (!a) return { applied: false, count: 0 };
    const edits = fixAllEdits(d.doc, a, strategyOf(p.strategy));
    if (edits.length === 0) return { applied: false, count: 0 };
    const r = await this.ctx.connection.workspace.applyEdit({ label: 'PII Lint: fix all', edit: workspaceEdit(d.doc, edits, this.ctx.editOptions) });
    return { applied: r.applied, count: edits.length };
  }

  private async applyFix(p: Partial<ApplyFixParams>): Promise<{ applied: boolean }> {
    const d = this.openDoc(p.uri);
    if (!p.range?.start) throw invalid('expected { uri, range, strategy }');
    const a = await this.ctx.validator.current(d.uri);
    if (!a) return { applied: false };
    const start = d.doc.offsetAt(p.range.start);
    const end = p.range.end ? d.doc.offsetAt(p.range.end) : start;
    const f = allFindings(a).find(
      (x) => x.offset <= start && end <= x.offset + x.length && (!p.ruleId || x.ruleId === p.ruleId),
    );
    if (!f) return { applied: false };
    const strategy = strategyOf(p.strategy);
    const raw = f.fix.edits?.length
      ? f.fix.edits
      : [{ offset: f.offset, length: f.length, newText: strategy === 'synthetic' ? (f.fix.synthetic ?? f.fix.placeholder) : strategy === 'placeholder' ? f.fix.placeholder : f.fix.mask }];
    const r = await this.ctx.connection.workspace.applyEdit({
      label: `PII Lint: fix ${f.ruleId}`,
      edit: workspaceEdit(d.doc, rawEditsToTextEdits(d.doc, raw), this.ctx.editOptions),
    });
    return { applied: r.applied };
  }

  private async allowValue(p: Partial<AllowValueParams>): Promise<AllowValueResult> {
    if (typeof p.uri !== 'string' || typeof p.valueHash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(p.valueHash)) {
      throw invalid('expected { uri, valueHash } with a 64-hex-digit hash');
    }
    const fsPath = fsPathOf(p.uri);
    if (!fsPath) throw invalid('allow-value needs a file on disk (a file: URI)');
    const existing = this.ctx.configs.findConfigFile(fsPath);
    const target = existing ?? join(this.ctx.configs.rootOf(fsPath) ?? dirname(fsPath), CONFIG_FILE_NAME);
    const note = [p.ruleId, p.entity].filter(Boolean).join(' ') || undefined;
    const entry = note ? { hash: p.valueHash.toLowerCase(), note: `${note} (allowed from the editor)` } : { hash: p.valueHash.toLowerCase() };
    let created = false;
    let added = true;
    if (existsSync(target)) {
      const r = addAllowEntry(readFileSync(target, 'utf8'), entry);
      added = r.added;
      if (added) writeFileSync(target, r.text, 'utf8');
    } else {
      const schemaInstalled = existsSync(join(dirname(target), CONFIG_SCHEMA_REF));
      writeFileSync(target, newConfigText(entry, schemaInstalled), 'utf8');
      created = true;
    }
    this.ctx.log.info(`allow-value: ${added ? 'added a hash to' : 'hash already in'} ${target}`);
    // The file watcher will also report the change; re-validate now so the diagnostic clears at once.
    this.ctx.configs.invalidate();
    this.ctx.validator.scheduleAll('config');
    return { configUri: pathToFileURL(target).toString(), created, added };
  }

  private async showRules(): Promise<RuleInfo[]> {
    const root = this.ctx.configs.getRoots()[0];
    const uri = root ? pathToFileURL(root).toString() : '';
    const settings = await this.ctx.settings.get(uri);
    const { config } = this.ctx.configs.configFor(root ? join(root, '.rules') : undefined, settings);
    return rulesWithSeverity(config);
  }

  private setFileKind(p: Partial<SetFileKindParams>): { kind: FileKind | null } {
    if (typeof p.uri !== 'string') throw invalid('expected { uri, kind }');
    const kind = p.kind ?? null;
    if (kind !== null && !(FILE_KINDS as readonly string[]).includes(kind)) {
      throw invalid(`unknown kind "${String(kind)}" (expected one of ${FILE_KINDS.join(', ')})`);
    }
    this.ctx.kinds.setOverride(p.uri, kind);
    const d = this.ctx.documents.get(p.uri);
    if (d) this.ctx.validator.schedule(d, 'config');
    return { kind };
  }

  private async openRuleDocs(p: Partial<{ ruleId: string }>): Promise<{ url: string }> {
    if (typeof p.ruleId !== 'string' || !p.ruleId) throw invalid('expected { ruleId }');
    const url = ruleDocsUrl(p.ruleId);
    if (this.ctx.supportsShowDocument) {
      await this.ctx.connection.window.showDocument({ uri: url, external: true }).catch(() => undefined);
    }
    return { url };
  }

  private async scan(token: CancellationToken, workDoneToken: ProgressToken | undefined) {
    let reporter: Progress = silentProgress;
    let progressToken: CancellationToken | undefined;
    if (workDoneToken !== undefined) {
      reporter = clientProgress(this.ctx.connection, workDoneToken);
    } else if (this.ctx.supportsWorkDoneProgress) {
      const created = await this.ctx.connection.window.createWorkDoneProgress();
      reporter = { begin: (...a) => created.begin(...a), report: (p, m) => (m === undefined ? created.report(p) : created.report(p, m)), done: () => created.done() };
      progressToken = created.token;
    }
    const cancel: CancellationToken = {
      get isCancellationRequested() {
        return token.isCancellationRequested || (progressToken?.isCancellationRequested ?? false);
      },
      onCancellationRequested: token.onCancellationRequested,
    };
    reporter.begin('PII Lint: scanning workspace', 0, 'Listing files…', true);
    let lastReport = 0;
    try {
      const { result, published } = await scanWorkspace(
        this.ctx.configs.getRoots(),
        this.ctx.configs,
        this.ctx.kinds,
        {
          isOpen: (uri) => this.ctx.documents.get(uri) !== undefined,
          openFindings: (uri) => this.ctx.validator.statusOf(uri).findings,
          settingsFor: (uri) => this.ctx.settings.get(uri),
          publish: (uri, diagnostics: Diagnostic[]) => void this.ctx.connection.sendDiagnostics({ uri, diagnostics }),
          progress: (done, total, file) => {
            const now = Date.now();
            if (now - lastReport < 100 && done < total) return;
            lastReport = now;
            reporter.report(total ? Math.round((done / total) * 100) : 100, total ? `${done}/${total} ${file}` : '');
          },
        },
        cancel,
      );
      // Files that had scan results before and have none now.
      for (const uri of this.scanPublished) {
        if (!published.has(uri) && !this.ctx.documents.get(uri)) void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      this.scanPublished = published;
      this.ctx.log.info(
        `scan: ${result.files} files, ${result.findings} findings in ${result.filesWithFindings} files, ${result.skipped} skipped, ${result.durationMs} ms${result.cancelled ? ' (cancelled)' : ''}`,
      );
      return result;
    } finally {
      reporter.done();
    }
  }
}
