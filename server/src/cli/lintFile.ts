// The per-file pipeline shared by the main thread and the worker threads: read, lint (streaming large
// utterance logs), fix, and turn the result into a FileReport. Never throws for a bad file: it reports it.
import { chmodSync, closeSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { maskFindings, unifiedDiff } from './diffs';
import { createLinter, type Linter } from '../engine/lint';
import { createSynthesizer } from '../engine/fix';
import { detectKind } from '../engine/formats';
import type { FileKind, LintResult, Severity } from '../engine/types';
import { ConfigResolver, type LoadedConfig } from './configs';
import { fixDocument, type Strategy } from './fixer';
import { toPosix } from './files';
import { LineIndex } from './lines';
import type { FileReport, ReportFinding } from './report';
import { lintStream } from './stream';
import { toReportFindings } from './toReport';

export interface LintJobOptions {
  cwd: string;
  config?: string;
  kind?: FileKind;
  fix: boolean;
  fixStrategy: Strategy;
  dryRun: boolean;
  showValues: boolean;
  /** Findings at or above this severity are fixed. */
  fixThreshold: Severity;
  seed: number;
  /** Utterance logs larger than this are streamed in chunks (bytes). */
  streamBytes: number;
  /** Chunk size for streaming (characters). */
  chunkChars: number;
}

/** Internal extras a FileReport carries back to the main thread (not part of any output format). */
export interface FileResult extends FileReport {
  configPath?: string;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EISDIR') return 'is a directory';
  if (err.code === 'ENOENT') return 'no such file (or a dangling link)';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return err.code ?? err.message;
}

function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return decoder.decode(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves a half-written file. */
function writeAtomically(path: string, text: string): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode;
  const tmp = `${target}.pii-lint-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, 'utf8');
    chmodSync(tmp, mode & 0o7777);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

export class FileLinter {
  private readonly resolver: ConfigResolver;
  private readonly linters = new Map<string, Linter>();
  private readonly synthesizer;

  constructor(private readonly opts: LintJobOptions) {
    this.resolver = new ConfigResolver(opts.config ? resolve(opts.cwd, opts.config) : undefined);
    this.synthesizer = opts.fix && opts.fixStrategy === 'synthetic' ? createSynthesizer(opts.seed) : null;
  }

  configFor(absPath: string): LoadedConfig {
    return this.resolver.forFile(absPath);
  }

  private linterFor(loaded: LoadedConfig): Linter {
    const key = loaded.path ?? '';
    let l = this.linters.get(key);
    if (!l) {
      l = createLinter(loaded.config, { synthesizer: this.synthesizer });
      this.linters.set(key, l);
    }
    return l;
  }

  /** Path used for kind globs: relative to the config file's folder (or the working folder). */
  private kindPath(absPath: string, loaded: LoadedConfig): string {
    return toPosix(relative(loaded.path ? dirname(loaded.path) : this.opts.cwd, absPath));
  }

  displayPath(absPath: string): string {
    return toPosix(relative(this.opts.cwd, absPath)) || '.';
  }

  /** True for an utterance log big enough to be streamed (never throws: unreadable files are not streamed). */
  isStreamed(absPath: string): boolean {
    try {
      if (statSync(absPath).size <= this.opts.streamBytes) return false;
      const loaded = this.configFor(absPath);
      return (this.opts.kind ?? detectKind(readHead(absPath, 64 * 1024), this.kindPath(absPath, loaded))) === 'utterances';
    } catch {
      return false;
    }
  }

  lintPath(absPath: string): FileResult {
    const path = this.displayPath(absPath);
    let loaded: LoadedConfig;
    try {
      loaded = this.configFor(absPath);
    } catch (e) {
      return { path, kind: null, findings: [], error: (e as Error).message };
    }
    let size: number;
    try {
      const st = statSync(absPath);
      if (st.isDirectory()) return { path, kind: null, findings: [], error: 'is a directory', configPath: loaded.path };
      size = st.size;
      if (size > this.opts.streamBytes) {
        const kindPath = this.kindPath(absPath, loaded);
        const kind = this.opts.kind ?? detectKind(readHead(absPath, 64 * 1024), kindPath);
        if (kind === 'utterances') {
          const linter = this.linterFor(loaded);
          return { ...lintStream(absPath, path, kindPath, linter, this.opts), configPath: loaded.path };
        }
      }
    } catch (e) {
      return { path, kind: null, findings: [], error: errorText(e), configPath: loaded.path };
    }
    let buf: Buffer;
    try {
      buf = readFileSync(absPath);
    } catch (e) {
      return { path, kind: null, findings: [], error: errorText(e), configPath: loaded.path };
    }
    const raw = decoder.decode(buf);
    const report = this.lintRaw(raw, path, absPath, loaded, isUtf8(buf));
    if (report.newText !== undefined && !this.opts.dryRun) {
      try {
        writeAtomically(absPath, report.newText);
      } catch (e) {
        report.error = `could not write the fixed file: ${errorText(e)}`;
      }
    }
    delete report.newText;
    return report;
  }

  /** Lints text that is already in memory (a file or standard input). `newText` is set when --fix changed it. */
  lintRaw(raw: string, path: string, absPath: string, loaded: LoadedConfig, validUtf8 = true): FileResult & { newText?: string } {
    const linter = this.linterFor(loaded);
    const kindPath = this.kindPath(absPath, loaded);
    const lintOpts = { path: kindPath, kind: this.opts.kind };
    let result: LintResult;
    try {
      result = linter.lint(raw, lintOpts);
    } catch (e) {
      return { path, kind: null, findings: [], error: `internal error while linting: ${(e as Error).message}`, configPath: loaded.path };
    }
    if (result.kind === null && !this.opts.kind) return { path, kind: null, findings: [], configPath: loaded.path };
    const out: FileResult & { newText?: string } = { path, kind: result.kind, findings: [], configPath: loaded.path };
    let text = raw;
    if (this.opts.fix) {
      if (!validUtf8) {
        out.error = 'not valid UTF-8: not rewritten by --fix';
      } else {
        const fx = fixDocument(raw, result, (t) => linter.lint(t, lintOpts), this.opts.fixStrategy, this.opts.fixThreshold);
        if (fx.error) out.error = fx.error;
        if (fx.fixed > 0) {
          out.fixed = fx.fixed;
          if (this.opts.dryRun) {
            const before = this.opts.showValues ? raw : maskFindings(raw, result);
            const after = this.opts.showValues ? fx.text : maskFindings(fx.text, fx.result, fx.written);
            out.diff = unifiedDiff(path, before, after);
          } else {
            out.newText = fx.text;
          }
          if (fx.syntheticFlagged.length > 0) {
            out.syntheticHashes = fx.syntheticFlagged.map((f) => ({ hash: f.fix.valueHash, entity: f.entity }));
          }
          result = fx.result;
          text = fx.text;
        }
      }
    }
    out.findings = toFindings(result, path, text, this.opts.showValues, loaded);
    return out;
  }
}

function toFindings(result: LintResult, path: string, raw: string, showValues: boolean, loaded: LoadedConfig): ReportFinding[] {
  if (result.findings.length === 0 && result.problems.length === 0) return [];
  return toReportFindings(result, { path, raw, showValues, lines: new LineIndex(raw), config: loaded.config });
}
