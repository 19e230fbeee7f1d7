// Validation of open documents: scheduling (debounce scaled to the last run's cost), size cap, time
// budget, incremental vs full lint, stale-result dropping (document version check) and publishing.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import { allFindings, analyzeFull, analyzeIncremental, lintStart, skippedAnalysis, type Analysis } from './analysis';
import type { ConfigResolver } from './configResolver';
import { DiagnosticCache, sameDiagnostics, type EditSinceLastBuild } from './diagnostics';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { DocumentStore, OpenDocument } from './documents';
import { wrapLinter } from './engineApi';
import type { KindResolver } from './kinds';
import { LiveDocument } from './liveDocument';
import type { OpenStart } from './openPeek';
import type { Logger } from './logger';
import { FileStatusNotification, type FileStatus, type PiiLintSettings } from './protocol';
import type { SettingsStore } from './settings';

export type ValidationReason = 'open' | 'change' | 'save' | 'config';

interface DocRun {
  timer?: NodeJS.Timeout;
  running: boolean;
  rerun: boolean;
  forceFull: boolean;
}

export class Validator {
  readonly analyses = new Map<string, Analysis>();
  /** Diagnostics built for each open document's findings, reused while a finding's range is unchanged. */
  private readonly diagnosticCaches = new Map<string, DiagnosticCache>();
  /** What each open document's client holds: the last diagnostics sent and the version they were sent for. */
  private readonly published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly runs = new Map<string, DocRun>();
  private readonly noticesShown = new Set<string>();
  /** Documents whose start was published before their didOpen arrived whole: that version, and the texts covered. */
  private readonly previews = new Map<string, { version: number; covered: number }>();
  /** Resolves when no validation is running or scheduled (used by tests through the status notification). */
  constructor(
    private readonly connection: Connection,
    private readonly documents: DocumentStore,
    private readonly settings: SettingsStore,
    private readonly configs: ConfigResolver,
    private readonly kinds: KindResolver,
    private readonly log: Logger,
  ) {}

  private runOf(uri: string): DocRun {
    let r = this.runs.get(uri);
    if (!r) {
      r = { running: false, rerun: false, forceFull: false };
      this.runs.set(uri, r);
    }
    return r;
  }

  schedule(d: OpenDocument, reason: ValidationReason): void {
    const run = this.runOf(d.uri);
    if (reason === 'config') run.forceFull = true;
    if (run.running) {
      run.rerun = true;
      return;
    }
    if (run.timer) clearTimeout(run.timer);
    const last = this.analyses.get(d.uri);
    // Small edits on top of a complete analysis are cheap (incremental): run on the next tick. A change that
    // needs a full lint of an expensive document waits for typing to pause, scaled to the last run's cost.
    const incremental = typeof d.pending === 'object' && d.pending !== null && !!last?.parsed;
    const delay = reason !== 'change' || incremental || !last || last.durationMs <= 40 ? 0 : Math.min(300, last.durationMs);
    run.timer = setTimeout(() => {
      run.timer = undefined;
      void this.validate(d.uri, reason);
    }, delay);
  }

  scheduleAll(reason: ValidationReason): void {
    for (const d of this.documents.all()) this.schedule(d, reason);
  }

  forget(uri: string): void {
    const run = this.runs.get(uri);
    if (run?.timer) clearTimeout(run.timer);
    this.runs.delete(uri);
    this.analyses.delete(uri);
    this.diagnosticCaches.delete(uri);
    this.published.delete(uri);
    this.previews.delete(uri);
  }

  /**
   * Lints the start of a big document whose didOpen is still arriving (openPeek.ts) and publishes what it finds
   * for that version. Settings come from what is known already (the document's, else its workspace folder's or
   * the window's, else those given with initialize or the defaults): the client answers a settings request only
   * after the rest of the didOpen it is writing. The document's validation, with its own settings, replaces this
   * publish as soon as it has covered as much (or clears it, when the settings turn the document off).
   */
  previewOpen(start: OpenStart): void {
    const { uri, version, text } = start;
    if (this.documents.get(uri) || this.runs.get(uri)?.running) return;
    const scopes = [...this.configs.getRoots().map((r) => pathToFileURL(r).toString()), ''];
    const settings = this.settings.known(uri, scopes) ?? this.settings.initial;
    // Only when the whole text is sure to be under the size cap (it has at most as many code units as bytes).
    if (!settings?.enable || start.bodyBytes > settings.maxFileSizeMB * 1024 * 1024) return;
    const fsPath = fsPathOf(uri);
    const { linter, config } = this.configs.configFor(fsPath, settings);
    const kind = this.kinds.override(uri);
    if (fsPath && !kind && this.configs.isIgnored(fsPath, config.ignore)) return;
    const found = lintStart(wrapLinter(linter), text, { path: fsPath ?? pathHint(uri), kind, globs: config.kinds });
    if (!found) return;
    const doc = new LiveDocument(uri, start.languageId, version, text);
    this.send(uri, version, this.cacheOf(uri).build(found.findings, [], doc, { version, partial: true }));
    this.previews.set(uri, { version, covered: found.covered });
    this.log.trace(() => `published the start of ${fileName(uri)} v${version} before its didOpen arrived whole`);
  }

  private async validate(uri: string, reason: ValidationReason): Promise<void> {
    const run = this.runOf(uri);
    run.running = true;
    try {
      await this.validateOnce(uri, reason, run);
    } catch (e) {
      this.log.error(`validation failed for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
      const d = this.documents.get(uri);
      if (d) d.pending = 'full';
    } finally {
      run.running = false;
      const d = this.documents.get(uri);
      if (run.rerun && d) {
        run.rerun = false;
        this.schedule(d, reason === 'config' ? 'config' : 'change');
      }
    }
  }

  private async validateOnce(uri: string, reason: ValidationReason, run: DocRun): Promise<void> {
    const d = this.documents.get(uri);
    if (!d) return;
    const settings = await this.settings.get(uri);
    if (!this.documents.get(uri)) return;
    if (!settings.enable) {
      const skipped = skippedAnalysis(d.doc.version, 'disabled by piiLint.enable');
      this.analyses.set(uri, skipped);
      d.pending = 'full';
      this.publish(d, skipped);
      return;
    }
    if (settings.run === 'onSave' && reason === 'change') return;

    const version = d.doc.version;
    const pending = run.forceFull ? 'full' : d.pending;
    run.forceFull = false;
    d.pending = null;

    const maxChars = settings.maxFileSizeMB * 1024 * 1024;
    if (d.doc.length > maxChars) {
      this.notifyOnce(
        `size:${uri}`,
        `PII Lint skipped ${fileName(uri)}: it is larger than piiLint.maxFileSizeMB (${settings.maxFileSizeMB} MB). Raise the setting or use the pii-lint CLI.`,
      );
      const skipped = skippedAnalysis(version, `larger than ${settings.maxFileSizeMB} MB`);
      this.analyses.set(uri, skipped);
      d.pending = 'full';
      this.publish(d, skipped);
      return;
    }

    const fsPath = fsPathOf(uri);
    const { linter: engineLinter, config } = this.configs.configFor(fsPath, settings);
    if (fsPath && !this.kinds.override(uri) && this.configs.isIgnored(fsPath, config.ignore)) {
      const skipped = skippedAnalysis(version, 'ignored by the ignore globs of the config file');
      this.analyses.set(uri, skipped);
      d.pending = 'full';
      this.publish(d, skipped);
      return;
    }
    const target = { path: fsPath ?? pathHint(uri), kind: this.kinds.override(uri), globs: config.kinds };
    const linter = wrapLinter(engineLinter);
    const prev = this.analyses.get(uri);
    let next: Analysis | null = null;
    /** The changed region, when the last publish was of `prev` (then it is all that changed since). */
    let edit: EditSinceLastBuild | undefined;
    if (prev && pending === null && prev.version <= version && reason !== 'config') {
      next = { ...prev, version };
    } else if (prev && pending && pending !== 'full') {
      const published = this.cacheOf(uri).version;
      const r = analyzeIncremental(linter, prev, d.doc, version, pending, target);
      if ('fallback' in r) this.log.trace(() => `full lint of ${fileName(uri)} v${version}: ${r.fallback}`);
      else {
        next = r;
        if (published === prev.version) edit = { start: pending.offset, end: pending.offset + pending.newLength };
      }
    }
    if (!next) {
      const preview = this.previews.get(uri);
      this.previews.delete(uri);
      next = await analyzeFull(linter, d.doc.getText(), version, {
        target,
        startCovered: preview?.version === version ? preview.covered : undefined,
        budgetMs: settings.timeBudgetMs,
        // A full-text replacement makes this run useless; small edits are applied incrementally afterwards.
        isStale: () => !this.documents.get(uri) || this.documents.get(uri)?.pending === 'full',
        onPartial: (findings, problems) => {
          if (d.doc.version !== version) return;
          const diagnostics = this.cacheOf(uri).build(findings, problems, d.doc, { version, partial: true });
          this.send(uri, version, diagnostics);
        },
      });
      if (!next) {
        const cur = this.documents.get(uri);
        if (cur) cur.pending = 'full';
        run.rerun = true;
        return;
      }
      if (next.partial) {
        this.notifyOnce(
          `budget:${uri}`,
          `PII Lint stopped checking ${fileName(uri)} after ${settings.timeBudgetMs} ms (piiLint.timeBudgetMs); findings after that point are not shown.`,
        );
      }
    }
    this.analyses.set(uri, next);
    this.log.trace(
      () =>
        `validated ${fileName(uri)} v${version} kind=${next?.kind ?? 'none'} ${next?.incremental ? 'incremental' : 'full'} ` +
        `findings=${next ? next.textFindings.length + next.structural.length : 0} in ${next?.durationMs ?? 0} ms`,
    );
    // Stale: a newer version arrived while we worked; keep the analysis (it is the base of the pending edit) but do not publish.
    if (d.doc.version !== version) {
      run.rerun = true;
      return;
    }
    this.publish(d, next, edit);
    this.log.trace(() => `published ${fileName(uri)} v${version} ${Date.now() - d.changedAt} ms after the change arrived`);
  }

  private cacheOf(uri: string): DiagnosticCache {
    let c = this.diagnosticCaches.get(uri);
    if (!c) this.diagnosticCaches.set(uri, (c = new DiagnosticCache()));
    return c;
  }

  private publish(d: OpenDocument, a: Analysis, edit?: EditSinceLastBuild): void {
    const findings = allFindings(a);
    const diagnostics = this.cacheOf(d.uri).build(findings, a.problems, d.doc, { version: a.version, edit });
    const last = this.published.get(d.uri);
    // Most keystrokes change no diagnostic (a 10 MB file has thousands, all re-sent by a publish): the client
    // keeps what it has, and the status below tells it they are the diagnostics of this version.
    if (!last || !sameDiagnostics(last.diagnostics, diagnostics)) this.send(d.uri, a.version, diagnostics);
    void this.connection.sendNotification(FileStatusNotification, this.statusOf(d.uri, a));
  }

  private send(uri: string, version: number, diagnostics: Diagnostic[]): void {
    this.published.set(uri, { version, diagnostics });
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  statusOf(uri: string, a: Analysis | undefined = this.analyses.get(uri)): FileStatus {
    if (!a) return { uri, kind: null, findings: 0, errors: 0, warnings: 0, lastValidated: null, durationMs: null };
    const findings = allFindings(a);
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    return {
      uri,
      kind: a.kind,
      findings: findings.length,
      errors,
      warnings,
      lastValidated: new Date(a.finishedAt).toISOString(),
      durationMs: a.durationMs,
      skippedReason: a.skippedReason ?? (a.kind === null && a.problems.length === 0 ? 'not recognised as training data' : undefined),
      version: a.version,
      diagnosticsVersion: this.published.get(uri)?.version,
    };
  }

  private notifyOnce(key: string, message: string): void {
    if (this.noticesShown.has(key)) return;
    this.noticesShown.add(key);
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
  }

  /** The analysis of the document's current version, validating first when needed (waits up to 10 s). */
  async current(uri: string): Promise<Analysis | undefined> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const d = this.documents.get(uri);
      if (!d) return undefined;
      const a = this.analyses.get(uri);
      if (a && a.version === d.doc.version && (d.pending === null || a.skippedReason)) return a;
      if (Date.now() > deadline) return undefined;
      const run = this.runOf(uri);
      if (!run.running && !run.timer) this.schedule(d, 'save');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /**
   * The latest analysis once no validation of the document is running or scheduled (waits up to 10 s), without
   * starting one: code actions use it, and with `run: onSave` they must not lint on every keystroke.
   */
  async settled(uri: string): Promise<Analysis | undefined> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const run = this.runs.get(uri);
      if (!run || (!run.running && !run.timer) || Date.now() > deadline) return this.analyses.get(uri);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  settingsFor(uri: string): Promise<PiiLintSettings> {
    return this.settings.get(uri);
  }
}

export function fsPathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** A path for kind detection of non-file documents (untitled:, vscode-vfs:): the URI's path part. */
function pathHint(uri: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?([^?#]*)/i.exec(uri);
  return m && m[1] ? decodeURIComponent(m[1]) : undefined;
}

export function fileName(uri: string): string {
  const i = uri.lastIndexOf('/');
  return decodeURIComponent(i >= 0 ? uri.slice(i + 1) : uri);
}
