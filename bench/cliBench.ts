// The CLI as users run it: cold start, wall time on the 20 MB log and on many files with 1 and 2 workers,
// and the peak RSS of the child while it streams the large log. The 1- and 2-worker runs on many files take
// turns (1, 2, 1, 2...), each with the load average before it and the CPU time of every thread of the child
// (read from /proc while it runs), so a ratio measured on a busy machine can be told from a slow CLI.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { median, nowMs, peakRssOfPidMb } from './stats';

/** CPU seconds of the child's threads (Linux only): the main thread, the lint worker threads and the rest. */
export interface ThreadCpu {
  main: number;
  /** The busiest other threads, one per worker thread the run starts (`--workers N`: N-1), busiest first. */
  workers: number[];
  /** Everything else: V8's helper threads (concurrent compiler, parallel and concurrent GC) and libuv's pool. */
  helpers: number;
}

export interface RunMeasure {
  wallMs: number;
  peakRssMb: number | null;
  /** User + system CPU seconds of the child (GNU time only). */
  cpuS?: number;
  threadCpu?: ThreadCpu;
  /** One-minute load average just before the run. */
  load?: number;
  exitCode: number | null;
  /** From the JSON report's summary: files linted and findings, a check that the run did the work. */
  files?: number;
  findings?: number;
  error?: string;
}

/** Reads `summary` from the head of a JSON report (it comes first), without loading a large report. */
function reportSummary(file: string): { files: number; findings: number } | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    const num = (key: string) => Number(new RegExp(`"${key}":\\s*(\\d+)`).exec(head)?.[1] ?? NaN);
    const files = num('files');
    if (!Number.isFinite(files)) return undefined;
    return { files, findings: num('errors') + num('warnings') + num('infos') + num('hints') };
  } finally {
    closeSync(fd);
  }
}

export interface CliResults {
  coldStartMs: number;
  nodeBaselineMs: number;
  versionOutput: string;
  runs: Record<string, { label: string; bytes: number; measures: RunMeasure[]; medianMs: number; mbps: number }>;
  /** Many files, 1 and 2 workers run back to back: wall-clock ratio of each pair, with the load before each run. */
  filePairs?: { w1Ms: number; w2Ms: number; ratio: number; load: [number, number]; idle?: IdleEstimate }[];
}

/**
 * What a pair's wall-clock ratio would be on an idle machine, from CPU seconds per thread (load-proof, unlike wall
 * time): one worker takes about as long as its main thread (V8's helpers run on another core); with two cores,
 * two workers need at least their total CPU over two; with a core per thread, as long as their busiest thread.
 */
export interface IdleEstimate {
  twoCores: number;
  coreEach: number;
}

export function idleEstimate(one: ThreadCpu | undefined, two: ThreadCpu | undefined): IdleEstimate | undefined {
  if (!one || !two) return undefined;
  const total = two.main + two.workers.reduce((a, b) => a + b, 0) + two.helpers;
  return { twoCores: (2 * one.main) / total, coreEach: one.main / Math.max(two.main, ...two.workers) };
}

const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

const hasGnuTime = existsSync('/usr/bin/time');
const CLOCK_TICKS = 100;

/** Adds the CPU time so far of every thread of `pid` to `seen` (by thread id; threads that ended keep their last value). */
function sampleThreads(pid: number, seen: Map<number, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name in parentheses: utime and stime are the 14th and 15th of the line.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
      if (cpu >= (seen.get(Number(tid)) ?? 0)) seen.set(Number(tid), cpu);
    } catch {
      /* the thread just ended */
    }
  }
}

/** The node process under GNU time (its only child), else the child itself. */
function nodePid(childPid: number): number | undefined {
  if (!hasGnuTime) return childPid;
  try {
    return Number(readFileSync(`/proc/${childPid}/task/${childPid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function threadCpuOf(pid: number, seen: Map<number, number>, workerThreads: number): ThreadCpu | undefined {
  if (seen.size === 0) return undefined;
  const others = [...seen].filter(([tid]) => tid !== pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
  const workers = others.slice(0, workerThreads);
  const helpers = others.slice(workerThreads).reduce((a, b) => a + b, 0);
  return { main: seen.get(pid) ?? 0, workers, helpers };
}

export function formatThreadCpu(t: ThreadCpu | undefined): string {
  if (!t) return '';
  const w = t.workers.map((c) => c.toFixed(2)).join(' + ');
  return ` (main ${t.main.toFixed(2)}${w ? `, workers ${w}` : ''}, V8/libuv helpers ${t.helpers.toFixed(2)})`;
}

function workersOf(args: string[]): number {
  const i = args.indexOf('--workers');
  return i >= 0 ? Math.max(0, Number(args[i + 1]) - 1) : 0;
}

function spawnMedian(args: string[], n: number): number {
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = nowMs();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(nowMs() - t0);
  }
  return median(times);
}

/** Runs the CLI once, output discarded; peak RSS from GNU time, else by polling /proc/<pid>/status. */
export function measureCli(cli: string, args: string[], timeoutMs: number, tmpDir: string): Promise<RunMeasure> {
  return new Promise((resolve) => {
    const rssFile = join(tmpDir, `rss-${process.pid}-${Date.now()}.txt`);
    const cmd = hasGnuTime ? '/usr/bin/time' : process.execPath;
    const cmdArgs = hasGnuTime ? ['-f', '%M %U %S', '-o', rssFile, process.execPath, cli, ...args] : [cli, ...args];
    const outFile = join(tmpDir, 'cli-report.json');
    const out = openSync(outFile, 'w');
    const load = loadavg()[0];
    const t0 = nowMs();
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', out, 'pipe'] });
    closeSync(out);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 20_000) err += d.toString();
    });
    let polled: number | null = null;
    let pid: number | undefined;
    const threads = new Map<number, number>();
    const poll = setInterval(() => {
      if (!child.pid) return;
      pid ??= nodePid(child.pid);
      if (pid) sampleThreads(pid, threads);
      if (hasGnuTime) return;
      const v = peakRssOfPidMb(child.pid);
      if (v !== null) polled = Math.max(polled ?? 0, v);
    }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      const wallMs = nowMs() - t0;
      clearTimeout(timer);
      clearInterval(poll);
      let peak = polled;
      let cpuS: number | undefined;
      if (hasGnuTime && existsSync(rssFile)) {
        const [kb, user, sys] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        if (Number.isFinite(kb)) peak = kb / 1024;
        if (Number.isFinite(user + sys)) cpuS = user + sys;
        rmSync(rssFile, { force: true });
      }
      const summary = reportSummary(outFile);
      rmSync(outFile, { force: true });
      // Exit 1 means "findings fail the run": a normal outcome here.
      const failed = signal === 'SIGKILL' || (code !== 0 && code !== 1);
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exit ${code}`;
      resolve({
        wallMs,
        peakRssMb: peak,
        cpuS,
        threadCpu: pid ? threadCpuOf(pid, threads, workersOf(args)) : undefined,
        load,
        exitCode: code,
        files: summary?.files,
        findings: summary?.findings,
        error: failed ? `${why}: ${err.replace(/\s+/g, ' ').trim().slice(-300)}` : undefined,
      });
    });
  });
}

/** Bundles the launcher (dist/cli.js) loads for a lint run: the engine and lint run, the pipeline's detection thread. */
const CLI_BUNDLES = ['cli-worker.js', 'cli-detect.js'];

export interface CliBenchInputs {
  repoRoot: string;
  /** The CLI bundle to run (a snapshot of dist/cli.js). */
  cli: string;
  smallLog: string;
  smallLogBytes: number;
  largeLog: string;
  largeLogBytes: number;
  filesDir: string;
  filesBytes: number;
  quick: boolean;
  log: (msg: string) => void;
}

export async function runCliBench(i: CliBenchInputs): Promise<CliResults | { skipped: string }> {
  const cli = i.cli;
  if (!existsSync(cli)) return { skipped: 'dist/cli.js not built' };
  // The launcher loads its other bundles from its own folder: without the detection thread's bundle, two workers
  // would split by file instead of by stage, which is not what the CLI ships.
  const missing = CLI_BUNDLES.filter((b) => !existsSync(join(dirname(cli), b)));
  if (missing.length > 0) return { skipped: `${missing.join(', ')} missing next to ${cli} (bench/snapshot.ts copies the CLI bundles)` };
  const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
  if (version.status !== 0) return { skipped: `cli --version failed: ${(version.stderr || '').trim().slice(0, 200)}` };
  const spawns = i.quick ? 3 : 10;
  const res: CliResults = {
    coldStartMs: spawnMedian([cli, '--version'], spawns),
    nodeBaselineMs: spawnMedian(['-e', '0'], spawns),
    versionOutput: version.stdout.trim(),
    runs: {},
  };
  const tmp = join(i.repoRoot, 'bench/.generated');
  // Files are passed by name: the folder itself is under a .gitignore'd path, which a folder sweep skips.
  const files = readdirSync(i.filesDir).sort().map((f) => join(i.filesDir, f));
  const cases: { key: string; label: string; bytes: number; args: string[]; reps: number }[] = [
    { key: 'log-w1', label: `${mb(i.smallLogBytes)} log, --workers 1`, bytes: i.smallLogBytes, args: ['--format', 'json', '--workers', '1', i.smallLog], reps: 3 },
    { key: 'log-w2', label: `${mb(i.smallLogBytes)} log, --workers 2`, bytes: i.smallLogBytes, args: ['--format', 'json', '--workers', '2', i.smallLog], reps: 3 },
    { key: 'files-w1', label: `${files.length} files, --workers 1`, bytes: i.filesBytes, args: ['--format', 'json', '--workers', '1', ...files], reps: 4 },
    { key: 'files-w2', label: `${files.length} files, --workers 2`, bytes: i.filesBytes, args: ['--format', 'json', '--workers', '2', ...files], reps: 4 },
    { key: 'stream-large', label: `${mb(i.largeLogBytes)} log streamed (peak RSS)`, bytes: i.largeLogBytes, args: ['--format', 'json', i.largeLog], reps: 1 },
  ];
  // Cases of one group take turns, repetition by repetition (the 1- and 2-worker runs on many files).
  const groups = [['log-w1'], ['log-w2'], ['files-w1', 'files-w2'], ['stream-large']].map((keys) => cases.filter((c) => keys.includes(c.key)));
  for (const group of groups) {
    const measures = new Map<string, RunMeasure[]>(group.map((c) => [c.key, []]));
    const stopped = new Set<string>();
    for (let r = 0; r < (i.quick ? 1 : Math.max(...group.map((c) => c.reps))); r++) {
      for (const c of group) {
        if (stopped.has(c.key) || r >= c.reps) continue;
        const m = await measureCli(cli, c.args, c.key === 'stream-large' ? 300_000 : 180_000, tmp);
        measures.get(c.key)!.push(m);
        i.log(
          `  cli ${c.label}: ${(m.wallMs / 1000).toFixed(2)} s, peak RSS ${m.peakRssMb?.toFixed(0) ?? '?'} MB, CPU ${m.cpuS?.toFixed(2) ?? '?'} s` +
            `${formatThreadCpu(m.threadCpu)}, load ${m.load?.toFixed(1)}, ${m.files ?? '?'} files, ${m.findings ?? '?'} findings${m.error ? ` (${m.error})` : ''}`,
        );
        // A slow or failing run is not repeated: keep the whole bench bounded.
        if (m.error || m.wallMs > 20_000) stopped.add(c.key);
      }
    }
    for (const c of group) {
      const ms = measures.get(c.key)!;
      const ok = ms.filter((m) => !m.error);
      const medianMs = median(ok.map((m) => m.wallMs));
      res.runs[c.key] = { label: c.label, bytes: c.bytes, measures: ms, medianMs, mbps: c.bytes / (1024 * 1024) / (medianMs / 1000) };
    }
  }
  const w1 = res.runs['files-w1']?.measures ?? [];
  const w2 = res.runs['files-w2']?.measures ?? [];
  res.filePairs = w1
    .map((a, k) => [a, w2[k]] as const)
    .filter(([a, b]) => b && !a.error && !b.error)
    .map(([a, b]) => ({ w1Ms: a.wallMs, w2Ms: b.wallMs, ratio: a.wallMs / b.wallMs, load: [a.load ?? NaN, b.load ?? NaN] as [number, number], idle: idleEstimate(a.threadCpu, b.threadCpu) }));
  const idleText = (e?: IdleEstimate) => (e ? `; idle estimate from thread CPU ${e.twoCores.toFixed(2)}x on 2 cores, ${e.coreEach.toFixed(2)}x with a core per thread` : '');
  if (res.filePairs.length > 0)
    i.log(`  cli many files, 2 workers vs 1, pair by pair: ${res.filePairs.map((p) => `${p.ratio.toFixed(2)}x (load ${p.load[0].toFixed(1)}/${p.load[1].toFixed(1)}${idleText(p.idle)})`).join(', ')}`);
  return res;
}
