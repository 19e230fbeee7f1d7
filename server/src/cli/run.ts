// The lint run: configuration, file discovery, sharding, linting (in process or in worker threads), fixes,
// baseline, report and exit code. Loaded lazily by main.ts so `--version` and `--help` stay fast.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { isIgnoredPath } from '../engine/policy/paths';
import { listRules } from '../engine/detectors/registry';
import type { CliIo } from './customerData';
import { type CliOptions } from './args';
import { BaselineError, DEFAULT_BASELINE, readBaseline, writeBaseline, type BaselineCounts } from './baseline';
import { Collector } from './collector';
import { filterParts, type FilterSettings } from './filter';
import { CONFIG_FILE_NAME, ConfigError, ConfigResolver } from './configs';
import { discoverFiles, toPosix } from './files';
import { FORMATTERS, type FormatContext } from './formatters';
import { jobOptions } from './job';
import { FileLinter, type LintJobOptions } from './lintFile';
import { writeToFile, writeToStream } from './output';
import { lintFiles } from './pool';
import { Progress } from './progress';
import { inShard, parseShard, type Shard } from './shard';
import { addSyntheticHashes } from './syntheticAllow';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * A worker thread first spends about a second loading the engine, so one pays off only with enough text to
 * share: one thread per BYTES_PER_THREAD of input (and at least FILES_PER_THREAD files each).
 */
const BYTES_PER_THREAD = 4 * 1024 * 1024;
const FILES_PER_THREAD = 50;
/** Characters of findings (JSON lines or rendered JSON) held in memory before they are spilled to a temporary
 * file: a big report stays on disk, and less is held while a big log streams (memory flat). */
const SPILL_CHARS = 32 * 1024 * 1024;
const STREAM_SPILL_CHARS = 4 * 1024 * 1024;

function autoThreads(files: string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      /* reported when linted */
    }
  }
  return Math.max(1, Math.min(Math.floor(bytes / BYTES_PER_THREAD), Math.floor(files.length / FILES_PER_THREAD)));
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`pii-lint: ${message}\n`);
  return EXIT_USAGE;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));
}

function listRulesText(io: CliIo, format: CliOptions['format']): void {
  const rules = listRules();
  if (format === 'json') {
    io.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    return;
  }
  const w = Math.max(...rules.map((r) => r.id.length), 4);
  io.stdout.write(`${'rule'.padEnd(w)}  cat  severity  description\n`);
  for (const r of rules) io.stdout.write(`${r.id.padEnd(w)}  ${r.category.padEnd(3)}  ${r.defaultSeverity.padEnd(8)}  ${r.description}\n  ${''.padEnd(w)}${r.docsUrl}\n`);
}

export interface RunExtras {
  /** The options the launcher started `prestarted` workers with (one seed for all threads). */
  job?: LintJobOptions;
  prestarted?: Worker[];
  /** The pipeline's detection thread, started early by the launcher for `--workers 2`. */
  prestartedDetector?: Worker;
}

export async function run(opts: CliOptions, io: CliIo, version: string, extras: RunExtras = {}): Promise<number> {
  const prestarted = extras.prestarted ?? [];
  try {
    return await lintRun(opts, io, version, extras.job ?? jobOptions(opts, process.cwd(), io.env), prestarted, extras.prestartedDetector);
  } finally {
    for (const w of prestarted) void w.terminate();
    void extras.prestartedDetector?.terminate();
  }
}

async function lintRun(opts: CliOptions, io: CliIo, version: string, job: LintJobOptions, prestarted: Worker[], prestartedDetector?: Worker): Promise<number> {
  if (opts.listRules) {
    listRulesText(io, opts.format);
    return EXIT_OK;
  }
  const cwd = job.cwd;
  const shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
  if (typeof shard === 'string') return fail(io, shard);
  const baselinePath = opts.baseline ? resolve(cwd, opts.baseline) : opts.updateBaseline ? resolve(cwd, DEFAULT_BASELINE) : undefined;
  let baseline: BaselineCounts | undefined;
  if (baselinePath && !opts.updateBaseline) {
    try {
      baseline = readBaseline(baselinePath);
    } catch (e) {
      if (e instanceof BaselineError) return fail(io, e.message);
      throw e;
    }
  }
  if (opts.config && !existsSync(resolve(cwd, opts.config))) return fail(io, `config file not found: ${opts.config}`);
  let resolver: ConfigResolver;
  let linter: FileLinter;
  try {
    resolver = new ConfigResolver(opts.config ? resolve(cwd, opts.config) : undefined);
    linter = new FileLinter(job);
  } catch (e) {
    if (e instanceof ConfigError) return fail(io, e.message);
    throw e;
  }
  const collector = new Collector({ failOn: opts.failOn, keepAll: opts.stdin, spillChars: Number(io.env.PII_LINT_SPILL_CHARS) || SPILL_CHARS });
  try {
    return await lintAndReport(opts, io, version, { job, resolver, linter, collector, baseline, baselinePath, shard, prestarted, prestartedDetector });
  } finally {
    collector.close();
  }
}

interface RunState {
  job: LintJobOptions;
  resolver: ConfigResolver;
  linter: FileLinter;
  collector: Collector;
  baseline?: BaselineCounts;
  baselinePath?: string;
  shard?: Shard;
  prestarted: Worker[];
  prestartedDetector?: Worker;
}

async function lintAndReport(opts: CliOptions, io: CliIo, version: string, st: RunState): Promise<number> {
  const { job, resolver, linter, collector } = st;
  const cwd = job.cwd;
  // JSON findings are rendered by the lint threads (in parallel); the other formats read rows back.
  const render = opts.format === 'json' ? ('json' as const) : undefined;
  const filter: FilterSettings = { updateBaseline: opts.updateBaseline, quiet: opts.quiet, failOn: opts.failOn, render };
  let fixedStdin: string | undefined;
  let pathOf: (file: number) => string;
  /** Whether a file was named on the command line itself (standard input counts as named). */
  let namedOf: (file: number) => boolean = () => true;
  if (opts.stdin) {
    const name = toPosix(opts.stdinFilename ?? '<stdin>');
    const abs = resolve(cwd, opts.stdinFilename ?? 'stdin.txt');
    let loaded;
    try {
      loaded = resolver.forFile(abs);
    } catch (e) {
      if (e instanceof ConfigError) return fail(io, e.message);
      throw e;
    }
    const raw = await readAll(io.stdin);
    const r = linter.lintRaw(raw, name, abs, loaded);
    if (opts.fix && !opts.dryRun) fixedStdin = r.newText ?? raw;
    pathOf = () => name;
    filterParts(filter, (p) => st.baseline?.get(p), pathOf, (p) => collector.accept(p))({ file: 0, rows: r.rows, diff: r.diff, done: r.meta });
  } else {
    let discovery;
    try {
      discovery = await discoverFiles(opts.patterns, cwd, (abs) => {
        const loaded = resolver.forFile(abs);
        const base = loaded.path ? dirname(loaded.path) : cwd;
        return isIgnoredPath(loaded.config, toPosix(relative(base, abs)));
      });
    } catch (e) {
      if (e instanceof ConfigError) return fail(io, e.message);
      throw e;
    }
    if (discovery.unmatched.length > 0 && opts.patterns.length > 0) {
      return fail(io, `no files match ${discovery.unmatched.map((p) => JSON.stringify(p)).join(', ')}`);
    }
    let files = discovery.files;
    namedOf = (file) => discovery.named.has(files[file]);
    if (st.shard) files = files.filter((f) => inShard(toPosix(relative(cwd, f)), st.shard!));
    const threads = Math.min(opts.workers ?? Math.min(availableParallelism(), autoThreads(files)), Math.max(1, files.length));
    const progress = new Progress(io.isTTY && !opts.quiet && files.length > 1 ? (process.stderr as NodeJS.WriteStream) : undefined, files.length);
    const workerFile = join(__dirname, 'cli-worker.js');
    const detectorFile = join(__dirname, 'cli-detect.js');
    pathOf = (file) => linter.displayPath(files[file]);
    let done = 0;
    await lintFiles(files, {
      workerFile: existsSync(workerFile) ? workerFile : undefined,
      threads,
      job,
      local: linter,
      detectorFile: existsSync(detectorFile) ? detectorFile : undefined,
      prestarted: st.prestarted,
      prestartedDetector: st.prestartedDetector,
      filter,
      baseline: st.baseline,
      onPart: (p) => {
        collector.accept(p);
        if (p.done) progress.update(++done);
      },
      onDiscard: (file) => collector.discard(file),
      isDone: (file) => collector.isDone(file),
      beforeStreaming: () => {
        collector.spillChars = Math.min(collector.spillChars, STREAM_SPILL_CHARS);
      },
    });
    progress.end();
  }

  // Synthetic values the detectors still flag go to the allow-list of the config that governs their file.
  if (opts.fix && !opts.dryRun) recordSyntheticValues(collector, cwd, opts, io);
  if (opts.updateBaseline && st.baselinePath) {
    const n = writeBaseline(st.baselinePath, collector.newBaseline);
    if (!opts.quiet) io.stderr.write(`pii-lint: wrote ${n} finding(s) to ${relative(cwd, st.baselinePath) || st.baselinePath}\n`);
  }

  const view = collector.finish(pathOf);
  // A file named on the command line that we do not read would otherwise vanish without a word.
  if (!opts.quiet) {
    for (const file of view.unrecognised) {
      if (namedOf(file)) io.stderr.write(`pii-lint: ${pathOf(file)}: not recognised as Watson Assistant training data or application code, so not checked (--kind KIND reads it as one)\n`);
    }
  }
  const summary = view.summary;
  const tooManyWarnings = opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings;
  const ctx: FormatContext = {
    version,
    cwd,
    color: opts.output ? false : (opts.color ?? (io.isTTY && !io.env.NO_COLOR)),
    failOn: opts.failOn,
    summary: view.shownSummary,
    rules: listRules(),
    rendered: render,
  };
  const report = FORMATTERS[opts.format](view, ctx);
  if (opts.output) {
    try {
      writeToFile(resolve(cwd, opts.output), report);
    } catch (e) {
      return fail(io, `cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else {
    await writeToStream(fixedStdin !== undefined ? io.stderr : io.stdout, report);
  }
  if (fixedStdin !== undefined) io.stdout.write(fixedStdin);
  if (tooManyWarnings && !opts.quiet) io.stderr.write(`pii-lint: ${summary.warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
  return view.failing || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

function recordSyntheticValues(collector: Collector, cwd: string, opts: CliOptions, io: CliIo): void {
  for (const [configPath, additions] of collector.syntheticHashes()) {
    const target = configPath ?? join(cwd, CONFIG_FILE_NAME);
    try {
      const n = addSyntheticHashes(target, additions);
      if (n > 0 && !opts.quiet)
        io.stderr.write(`pii-lint: recorded ${n} synthetic value hash(es) in ${relative(cwd, target) || target} (allow-list) so they are not reported again\n`);
    } catch (e) {
      io.stderr.write(`pii-lint: could not update ${target}: ${(e as Error).message}\n`);
    }
  }
}
