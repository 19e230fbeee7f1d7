// The per-file pipeline shared by the main thread and the worker threads: read, lint (streaming large
// utterance logs), fix, and turn the result into a FileReport. Never throws for a bad file: it reports it.
import { chmodSync, closeSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { maskFindings, unifiedDiff } from './diffs';
import { createLinter, type DetectionsOf, type Linter, type LintOptions } from '../engine/lint';
import { kindForPath } from '../engine/policy/paths';
import { createSynthesizer } from '../engine/fix';
import { detectKind, parseDocument } from '../engine/formats';
import type { Detection, FileKind, LintResult, ParsedDocument, Role, Severity } from '../engine/types';
import { CleanTexts, createCleanTextsBuffer } from './cleanTexts';
import { KnownTexts } from './knownTexts';
import { ConfigResolver, type LoadedConfig } from './configs';
import { fixDocument, type Strategy } from './fixer';
import { toPosix } from './files';
import { LineIndex } from './lines';
import type { FileMeta, FilePart } from './report';
import { lintStream } from './stream';
import { scopeName } from './textDetector';
import { toRows, type Row } from './toReport';

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
  /** Share a table of clean texts between the run's lint threads (off only to compare results without it). */
  cleanTexts: boolean;
}

/** A file read for linting. */
export interface OpenFile {
  /** Display path (relative to the working folder). */
  path: string;
  loaded: LoadedConfig;
  raw: string;
  validUtf8: boolean;
}

/** One in-memory document linted: its metadata, rows, dry-run diff and, with --fix, the fixed text. */
export interface RawResult {
  meta: FileMeta;
  rows: Row[];
  diff?: string;
  newText?: string;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Texts with detections remembered per thread (their detections only: no text is kept). */
const KNOWN_TEXTS = 50_000;

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
  private readonly detectors = new Map<string, Linter>();
  /** Detections of texts detected in this thread, by fingerprint (see lintDocument). */
  private readonly known = new KnownTexts<readonly Detection[]>(KNOWN_TEXTS);
  private readonly synthesizer;
  private clean?: CleanTexts;
  /** Fingerprint scope of each config (by path) and role. */
  private readonly scopes = new Map<string, Map<string, number>>();

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

  /**
   * The config's linter without the engine's per-text cache, for detection that needs none: texts found again
   * by fingerprint here (`known`), and big logs, whose texts rarely repeat within a chunk (the cache cost more
   * than it saved, and kept a copy of every text until the chunk ended).
   */
  private detectorFor(loaded: LoadedConfig): Linter {
    const key = loaded.path ?? '';
    let l = this.detectors.get(key);
    if (!l) {
      l = createLinter(loaded.config, { synthesizer: this.synthesizer, cacheSize: 0 });
      this.detectors.set(key, l);
    }
    return l;
  }

  /** Shares the run's table of clean texts (every lint thread of the run gets the same buffer). */
  useCleanTexts(buffer: SharedArrayBuffer): void {
    this.clean = new CleanTexts(buffer);
    this.scopes.clear();
  }

  /**
   * `linter.lint`, except that texts any thread of the run found clean skip detection, texts found clean here
   * are recorded, and a text with detections is detected once per thread (found again by its fingerprint). A
   * text's detections depend only on the text, its role and the config, so the findings are the same as
   * `linter.lint` gives (the parse and kind choice below are what `lint` does).
   */
  private lintDocument(linter: Linter, raw: string, o: LintOptions & { path: string }, loaded: LoadedConfig): LintResult {
    if (!this.opts.cleanTexts) return linter.lint(raw, o);
    // Standard input (or a caller that shares no table): a table of this thread's own.
    if (!this.clean) this.useCleanTexts(createCleanTextsBuffer());
    const clean = this.clean!;
    const known = this.known;
    const detector = this.detectorFor(loaded);
    const configKey = loaded.path ?? '';
    const doc = parseDocument(raw, { path: o.path, kind: o.kind ?? (o.path ? kindForPath(linter.config, o.path) : undefined) });
    const texts = doc.texts;
    const dets: (readonly Detection[] | undefined)[] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      const text = t.text;
      if (clean.has(this.cleanScope(configKey, t.role ?? ''), text)) continue;
      const a = clean.a;
      const b = clean.b;
      let d = known.get(a, b);
      if (d === undefined) {
        d = detector.detect(text, t.role);
        if (d.length === 0) {
          clean.addLast();
          continue;
        }
        known.set(a, b, d);
      }
      dets[i] = d;
    }
    return linter.lintDocument(raw, doc, { path: o.path, detectionsOf: (i) => dets[i] });
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

  /** Lints one file and hands its results to `emit` (rows as they come for a streamed log, then `done`). */
  lintPath(absPath: string, file: number, emit: (part: FilePart) => void): void {
    const f = this.open(absPath, file, emit);
    if (!f) return;
    const r = this.lintRaw(f.raw, f.path, absPath, f.loaded, f.validUtf8);
    if (r.newText !== undefined && !this.opts.dryRun) {
      try {
        writeAtomically(absPath, r.newText);
      } catch (e) {
        r.meta.error = `could not write the fixed file: ${errorText(e)}`;
      }
    }
    emit({ file, rows: r.rows, diff: r.diff, done: r.meta });
  }

  /**
   * Reads a file to lint it in memory. Undefined when it is done already: it failed (reported through `emit`)
   * or it is a big utterance log, which is streamed here and now.
   */
  open(absPath: string, file: number, emit: (part: FilePart) => void): OpenFile | undefined {
    const path = this.displayPath(absPath);
    const fail = (error: string, configPath?: string) => emit({ file, done: { path, kind: null, error, configPath } });
    let loaded: LoadedConfig;
    try {
      loaded = this.configFor(absPath);
    } catch (e) {
      fail((e as Error).message);
      return undefined;
    }
    try {
      const st = statSync(absPath);
      if (st.isDirectory()) {
        fail('is a directory', loaded.path);
        return undefined;
      }
      if (st.size > this.opts.streamBytes) {
        const kindPath = this.kindPath(absPath, loaded);
        const kind = this.opts.kind ?? detectKind(readHead(absPath, 64 * 1024), kindPath);
        if (kind === 'utterances') {
          lintStream(absPath, path, kindPath, this.opts.fix ? this.linterFor(loaded) : this.detectorFor(loaded), this.opts, (part) => {
            if (part.done) part.done.configPath = loaded.path;
            emit({ ...part, file });
          });
          return undefined;
        }
      }
    } catch (e) {
      fail(errorText(e), loaded.path);
      return undefined;
    }
    let buf: Buffer;
    try {
      buf = readFileSync(absPath);
    } catch (e) {
      fail(errorText(e), loaded.path);
      return undefined;
    }
    return { path, loaded, raw: decoder.decode(buf), validUtf8: isUtf8(buf) };
  }

  /** Parses a document as `linter.lint` would (kind from the option, else from the config's kind globs and the content). */
  parse(raw: string, absPath: string, loaded: LoadedConfig): ParsedDocument {
    const kindPath = this.kindPath(absPath, loaded);
    return parseDocument(raw, { path: kindPath, kind: this.opts.kind ?? kindForPath(this.linterFor(loaded).config, kindPath) });
  }

  /**
   * The report of a parsed document whose detections were made elsewhere (the two-thread pipeline's detection
   * thread): the engine's own policy and findings, by this file's linter.
   */
  reportWithDetections(open: OpenFile, doc: ParsedDocument, detectionsOf: DetectionsOf): RawResult {
    const result = this.linterFor(open.loaded).lintDocument(open.raw, doc, { path: open.path, detectionsOf });
    return this.reportOf(result, open.raw, open.path, open.loaded);
  }

  /** The report of a linted document (no --fix): its kind and rows. */
  reportOf(result: LintResult, raw: string, path: string, loaded: LoadedConfig): RawResult {
    const meta: FileMeta = { path, kind: null, configPath: loaded.path };
    if (result.kind === null && !this.opts.kind) return { meta, rows: [] };
    meta.kind = result.kind;
    const rows = result.findings.length > 0 || result.problems.length > 0 ? toRows(result, { raw, showValues: this.opts.showValues, lines: new LineIndex(raw), config: loaded.config }) : [];
    return { meta, rows };
  }

  /** Fingerprint scope of a config (by path, '' for the defaults) and role in the table of clean texts. */
  cleanScope(configKey: string, role: string): number {
    let scopes = this.scopes.get(configKey);
    if (!scopes) this.scopes.set(configKey, (scopes = new Map()));
    let scope = scopes.get(role);
    if (scope === undefined) scopes.set(role, (scope = this.clean ? this.clean.scope(scopeName(configKey, role)) : 0));
    return scope;
  }

  /** The run's table of clean texts, when it shares one. */
  get cleanTexts(): CleanTexts | undefined {
    return this.clean;
  }

  /** Detections of one text in this thread (the pipeline's fallback when its detection thread is gone). */
  detectHere(absPath: string, text: string, role: Role | undefined): Detection[] {
    return this.linterFor(this.configFor(absPath)).detect(text, role);
  }

  /** Lints text that is already in memory (a file or standard input). `newText` is set when --fix changed it. */
  lintRaw(raw: string, path: string, absPath: string, loaded: LoadedConfig, validUtf8 = true): RawResult {
    const linter = this.linterFor(loaded);
    const kindPath = this.kindPath(absPath, loaded);
    const lintOpts = { path: kindPath, kind: this.opts.kind };
    const meta: FileMeta = { path, kind: null, configPath: loaded.path };
    let result: LintResult;
    try {
      result = this.lintDocument(linter, raw, lintOpts, loaded);
    } catch (e) {
      meta.error = `internal error while linting: ${(e as Error).message}`;
      return { meta, rows: [] };
    }
    if (result.kind === null && !this.opts.kind) return { meta, rows: [] };
    meta.kind = result.kind;
    const out: RawResult = { meta, rows: [] };
    let text = raw;
    if (this.opts.fix) {
      if (!validUtf8) {
        meta.error = 'not valid UTF-8: not rewritten by --fix';
      } else {
        const fx = fixDocument(raw, result, (t) => this.lintDocument(linter, t, lintOpts, loaded), this.opts.fixStrategy, this.opts.fixThreshold);
        if (fx.error) meta.error = fx.error;
        if (fx.fixed > 0) {
          meta.fixed = fx.fixed;
          if (this.opts.dryRun) {
            const before = this.opts.showValues ? raw : maskFindings(raw, result);
            const after = this.opts.showValues ? fx.text : maskFindings(fx.text, fx.result, fx.written);
            out.diff = unifiedDiff(path, before, after) || undefined;
          } else {
            out.newText = fx.text;
          }
          if (fx.syntheticFlagged.length > 0) {
            meta.syntheticHashes = fx.syntheticFlagged.map((f) => ({ hash: f.fix.valueHash, entity: f.entity }));
          }
          result = fx.result;
          text = fx.text;
        }
      }
    }
    if (result.findings.length > 0 || result.problems.length > 0)
      out.rows = toRows(result, { raw: text, showValues: this.opts.showValues, lines: new LineIndex(text), config: loaded.config });
    return out;
  }

  /** Builds the engine's lazy tables (name dictionaries...) before any file arrives. */
  warmUp(): void {
    try {
      const loaded = this.configFor(resolve(this.opts.cwd, 'pii-lint-warm-up.txt'));
      this.linterFor(loaded).lint('hello, my name is Maria Lopez and I live at 12 Main Street\n', { kind: 'utterances' });
    } catch {
      /* a config problem is reported when a file meets it */
    }
  }
}
