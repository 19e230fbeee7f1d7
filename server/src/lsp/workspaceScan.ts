// Workspace scan: walks the workspace folders (honouring `.gitignore` files at every level and the config's
// ignore globs), lints every file the engine recognises as training data, and publishes diagnostics for
// files that are not open so they show in the Problems panel. Cancellable; yields between files.
import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { ignoreMatcher } from './ignoreGlobs';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigResolver } from './configResolver';
import { buildDiagnostics } from './diagnostics';
import { wrapLinter } from './engineApi';
import type { KindResolver } from './kinds';
import type { PiiLintSettings, ScanWorkspaceResult } from './protocol';
import { APP_EXTENSIONS } from '../engine/appcode';

/** Extensions that can hold training data or application code; other files are scanned only when a `kinds` glob names them. */
const CANDIDATE_EXTENSIONS = ['.json', '.csv', '.txt', '.tsv', '.jsonl', ...APP_EXTENSIONS.map((e) => `.${e}`)];
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface ScanHooks {
  isOpen(uri: string): boolean;
  /** Findings count of an open document (its own validation publishes it). */
  openFindings(uri: string): number;
  settingsFor(uri: string): Promise<PiiLintSettings>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  progress(done: number, total: number, file: string): void;
}

interface Layer {
  dir: string;
  ig: Ignore;
}

async function readGitignore(dir: string): Promise<Ignore | null> {
  try {
    const text = await fs.readFile(join(dir, '.gitignore'), 'utf8');
    return ignore().add(text);
  } catch {
    return null;
  }
}

function ignoredBy(layers: Layer[], full: string, isDir: boolean): boolean {
  for (const l of layers) {
    const rel = relative(l.dir, full).split(sep).join('/');
    if (rel && l.ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

/** Candidate files under a folder, .gitignore applied. */
export async function collectFiles(root: string, token: CancellationToken, accept: (fsPath: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, layers: Layer[]): Promise<void> {
    if (token.isCancellationRequested) return;
    const gi = await readGitignore(dir);
    const here = gi ? [...layers, { dir, ig: gi }] : layers;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || ignoredBy(here, full, true)) continue;
        await walk(full, here);
      } else if (e.isFile()) {
        if (!ignoredBy(here, full, false) && accept(full)) out.push(full);
      }
    }
  }
  await walk(root, []);
  return out;
}

export async function scanWorkspace(
  roots: string[],
  configs: ConfigResolver,
  kinds: KindResolver,
  hooks: ScanHooks,
  token: CancellationToken,
): Promise<{ result: ScanWorkspaceResult; published: Set<string> }> {
  const started = Date.now();
  const published = new Set<string>();
  const result: ScanWorkspaceResult = { files: 0, filesWithFindings: 0, findings: 0, skipped: 0, cancelled: false, durationMs: 0 };
  const files: string[] = [];
  for (const root of roots) {
    const settings = await hooks.settingsFor(pathToFileURL(root).toString());
    const { linter } = configs.configFor(join(root, '.scan'), settings);
    const ignored = ignoreMatcher(linter.config.ignore);
    const found = await collectFiles(root, token, (full) => {
      const rel = relative(root, full).split(sep).join('/');
      if (ignored(rel) || linter.isIgnored(rel)) return false;
      const lower = full.toLowerCase();
      return CANDIDATE_EXTENSIONS.some((x) => lower.endsWith(x)) || kinds.matchesAnyGlob(rel, linter.config.kinds);
    });
    files.push(...found);
  }
  let lastYield = Date.now();
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested) {
      result.cancelled = true;
      break;
    }
    const full = files[i];
    const uri = pathToFileURL(full).toString();
    hooks.progress(i, files.length, relative(configs.rootOf(full) ?? '', full));
    if (hooks.isOpen(uri)) {
      const n = hooks.openFindings(uri);
      result.files++;
      result.findings += n;
      if (n > 0) result.filesWithFindings++;
      continue;
    }
    const settings = await hooks.settingsFor(uri);
    if (!settings.enable) continue;
    let raw: string;
    try {
      const stat = await fs.stat(full);
      if (stat.size > settings.maxFileSizeMB * 1024 * 1024) {
        result.skipped++;
        continue;
      }
      raw = await fs.readFile(full, 'utf8');
    } catch {
      result.skipped++;
      continue;
    }
    const { linter } = configs.configFor(full, settings);
    const server = wrapLinter(linter);
    const doc = server.parse(raw, { path: full, kind: kinds.override(uri), globs: linter.config.kinds });
    if (!doc.kind) continue;
    const findings = server.lintAll(raw, doc, full);
    result.files++;
    result.findings += findings.length;
    if (findings.length > 0 || doc.problems.length > 0) {
      if (findings.length > 0) result.filesWithFindings++;
      const positions = TextDocument.create(uri, 'plaintext', 0, raw);
      hooks.publish(uri, buildDiagnostics(findings, doc.problems, positions));
      published.add(uri);
    }
    if (Date.now() - lastYield > 20) {
      await new Promise((r) => setImmediate(r));
      lastYield = Date.now();
    }
  }
  hooks.progress(files.length, files.length, '');
  result.durationMs = Date.now() - started;
  return { result, published };
}
