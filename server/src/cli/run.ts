// The lint run: configuration, file discovery, sharding, linting (in process or in worker threads), fixes,
// baseline, report and exit code. Loaded lazily by main.ts so `--version` and `--help` stay fast.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { randomInt } from 'node:crypto';
import { isIgnoredPath } from '../engine/policy/paths';
import { listRules } from '../engine/detectors/registry';
import type { CliIo } from './customerData';
import { type CliOptions } from './args';
import { applyBaseline, BaselineError, DEFAULT_BASELINE, readBaseline, writeBaseline } from './baseline';
import { CONFIG_FILE_NAME, ConfigError, ConfigResolver } from './configs';
import { discoverFiles, toPosix } from './files';
import { FORMATTERS, type FormatContext } from './formatters';
import { FileLinter, type FileResult, type LintJobOptions } from './lintFile';
import { lintInCappedWorker, lintInThreads } from './pool';
import { Progress } from './progress';
import { atLeast, summarize, type FileReport } from './report';
import { inShard, parseShard } from './shard';
import { addSyntheticHashes, type AllowAddition } from './syntheticAllow';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * A worker thread first spends about a second loading the engine, so one pays off only with enough text to
 * share: one thread per BYTES_PER_THREAD of input (and at least FILES_PER_THREAD files each).
 */
const BYTES_PER_THREAD = 4 * 1024 * 1024;
const FILES_PER_THREAD = 50;

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

export async function run(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  if (opts.listRules) {
    listRulesText(io, opts.format);
    return EXIT_OK;
  }
  const cwd = process.cwd();
  const shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
  if (typeof shard === 'string') return fail(io, shard);
  const baselinePath = opts.baseline ? resolve(cwd, opts.baseline) : opts.updateBaseline ? resolve(cwd, DEFAULT_BASELINE) : undefined;
  let baseline: Map<string, number> | undefined;
  if (baselinePath && !opts.updateBaseline) {
    try {
      baseline = readBaseline(baselinePath);
    } catch (e) {
      if (e instanceof BaselineError) return fail(io, e.message);
      throw e;
    }
  }
  if (opts.config && !existsSync(resolve(cwd, opts.config))) return fail(io, `config file not found: ${opts.config}`);
  const job: LintJobOptions = {
    cwd,
    config: opts.config,
    kind: opts.kind,
    fix: opts.fix,
    fixStrategy: opts.fixStrategy,
    dryRun: opts.dryRun,
    showValues: opts.showValues,
    fixThreshold: opts.failOn,
    seed: opts.seed ?? randomInt(0, 2 ** 31 - 1),
    streamBytes: Number(process.env.PII_LINT_STREAM_BYTES) || 8 * 1024 * 1024,
    chunkChars: Number(process.env.PII_LINT_CHUNK_CHARS) || 1024 * 1024,
  };
  let resolver: ConfigResolver;
  let linter: FileLinter;
  try {
    resolver = new ConfigResolver(opts.config ? resolve(cwd, opts.config) : undefined);
    linter = new FileLinter(job);
  } catch (e) {
    if (e instanceof ConfigError) return fail(io, e.message);
    throw e;
  }

  let results: FileResult[];
  let fixedStdin: string | undefined;
  if (opts.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    const abs = resolve(cwd, opts.stdinFilename ?? 'stdin.txt');
    let loaded;
    try {
      loaded = resolver.forFile(abs);
    } catch (e) {
      if (e instanceof ConfigError) return fail(io, e.message);
      throw e;
    }
    const raw = await readAll(io.stdin);
    const r = linter.lintRaw(raw, toPosix(name), abs, loaded);
    if (opts.fix && !opts.dryRun) fixedStdin = r.newText ?? raw;
    delete r.newText;
    results = [r];
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
    if (shard) files = files.filter((f) => inShard(toPosix(relative(cwd, f)), shard));
    const cores = availableParallelism();
    const workers = Math.min(opts.workers ?? Math.min(cores, autoThreads(files)), Math.max(1, files.length));
    const progress = new Progress(io.isTTY && !opts.quiet && files.length > 1 ? (process.stderr as NodeJS.WriteStream) : undefined, files.length);
    const workerFile = join(__dirname, 'cli-worker.js');
    const haveWorker = existsSync(workerFile);
    // Big utterance logs stream one at a time in a heap-capped worker (in process if that fails); the rest
    // go to the lint threads.
    const streamed = haveWorker ? files.filter((f) => linter.isStreamed(f)) : [];
    const rest = streamed.length ? files.filter((f) => !streamed.includes(f)) : files;
    results = [];
    for (const f of streamed) {
      results.push((await lintInCappedWorker(workerFile, f, job)) ?? linter.lintPath(f));
      progress.update(results.length);
    }
    if (workers > 1 && haveWorker && rest.length > 1) {
      const done = results.length;
      results.push(...(await lintInThreads(workerFile, rest, workers, job, linter, (d) => progress.update(done + d))));
    } else {
      for (const f of rest) {
        results.push(linter.lintPath(f));
        progress.update(results.length);
      }
    }
    progress.end();
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  // Synthetic values the detectors still flag go to the allow-list of the config that governs their file.
  if (opts.fix && !opts.dryRun) recordSyntheticValues(results, cwd, opts, io);

  // Files that turned out not to be training data (package.json, other CSV) are not part of the report.
  const reports: FileReport[] = results
    .filter((r) => r.kind !== null || r.error || r.findings.length > 0 || opts.stdin)
    .map(({ configPath: _c, syntheticHashes: _s, ...r }) => r);
  if (opts.updateBaseline && baselinePath) {
    const n = writeBaseline(baselinePath, reports);
    if (!opts.quiet) io.stderr.write(`pii-lint: wrote ${n} finding(s) to ${relative(cwd, baselinePath) || baselinePath}\n`);
    for (const r of reports) {
      r.baselined = r.findings.filter((f) => f.ruleId !== 'parse-error').length;
      r.findings = r.findings.filter((f) => f.ruleId === 'parse-error');
    }
  } else if (baseline) applyBaseline(reports, baseline);

  const failOn = opts.failOn;
  const summary = summarize(reports);
  const failing = reports.some((r) => r.error || r.findings.some((f) => atLeast(f.severity, failOn)));
  const tooManyWarnings = opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings;
  if (opts.quiet) for (const r of reports) r.findings = r.findings.filter((f) => atLeast(f.severity, failOn));

  const ctx: FormatContext = {
    version,
    cwd,
    color: opts.output ? false : (opts.color ?? (io.isTTY && !io.env.NO_COLOR)),
    failOn,
    summary: opts.quiet ? summarize(reports) : summary,
    rules: listRules(),
  };
  const text = FORMATTERS[opts.format](reports, ctx);
  if (opts.output) {
    try {
      writeFileSync(resolve(cwd, opts.output), text, 'utf8');
    } catch (e) {
      return fail(io, `cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else if (fixedStdin !== undefined) {
    io.stderr.write(text);
  } else {
    io.stdout.write(text);
  }
  if (fixedStdin !== undefined) io.stdout.write(fixedStdin);
  if (tooManyWarnings && !opts.quiet) io.stderr.write(`pii-lint: ${summary.warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
  return failing || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

function recordSyntheticValues(results: FileResult[], cwd: string, opts: CliOptions, io: CliIo): void {
  const byConfig = new Map<string, AllowAddition[]>();
  for (const r of results) {
    if (!r.syntheticHashes?.length) continue;
    const target = r.configPath ?? join(cwd, CONFIG_FILE_NAME);
    const list = byConfig.get(target) ?? [];
    list.push(...r.syntheticHashes);
    byConfig.set(target, list);
  }
  for (const [configPath, additions] of byConfig) {
    try {
      const n = addSyntheticHashes(configPath, additions);
      if (n > 0 && !opts.quiet)
        io.stderr.write(`pii-lint: recorded ${n} synthetic value hash(es) in ${relative(cwd, configPath) || configPath} (allow-list) so they are not reported again\n`);
    } catch (e) {
      io.stderr.write(`pii-lint: could not update ${configPath}: ${(e as Error).message}\n`);
    }
  }
}
