// The CLI as users run it: cold start, wall time on the 20 MB log and on many files with 1 and 2 workers,
// and the peak RSS of the child while it streams the large log.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, nowMs, peakRssOfPidMb } from './stats';

export interface RunMeasure {
  wallMs: number;
  peakRssMb: number | null;
  /** User + system CPU seconds of the child (GNU time only). */
  cpuS?: number;
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
}

const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

const hasGnuTime = existsSync('/usr/bin/time');

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
    const t0 = nowMs();
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', out, 'pipe'] });
    closeSync(out);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 20_000) err += d.toString();
    });
    let polled: number | null = null;
    const poll = hasGnuTime
      ? undefined
      : setInterval(() => {
          const v = child.pid ? peakRssOfPidMb(child.pid) : null;
          if (v !== null) polled = Math.max(polled ?? 0, v);
        }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      const wallMs = nowMs() - t0;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
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
        exitCode: code,
        files: summary?.files,
        findings: summary?.findings,
        error: failed ? `${why}: ${err.replace(/\s+/g, ' ').trim().slice(-300)}` : undefined,
      });
    });
  });
}

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
    { key: 'files-w1', label: `${files.length} files, --workers 1`, bytes: i.filesBytes, args: ['--format', 'json', '--workers', '1', ...files], reps: 3 },
    { key: 'files-w2', label: `${files.length} files, --workers 2`, bytes: i.filesBytes, args: ['--format', 'json', '--workers', '2', ...files], reps: 3 },
    { key: 'stream-large', label: `${mb(i.largeLogBytes)} log streamed (peak RSS)`, bytes: i.largeLogBytes, args: ['--format', 'json', i.largeLog], reps: 1 },
  ];
  for (const c of cases) {
    const measures: RunMeasure[] = [];
    for (let r = 0; r < (i.quick ? 1 : c.reps); r++) {
      const m = await measureCli(cli, c.args, c.key === 'stream-large' ? 300_000 : 180_000, tmp);
      measures.push(m);
      i.log(`  cli ${c.label}: ${(m.wallMs / 1000).toFixed(2)} s, peak RSS ${m.peakRssMb?.toFixed(0) ?? '?'} MB, CPU ${m.cpuS?.toFixed(2) ?? '?'} s, ${m.files ?? '?'} files, ${m.findings ?? '?'} findings${m.error ? ` (${m.error})` : ''}`);
      // A slow or failing run is not repeated: keep the whole bench bounded.
      if (m.error || m.wallMs > 20_000) break;
    }
    const ok = measures.filter((m) => !m.error);
    const medianMs = median(ok.map((m) => m.wallMs));
    res.runs[c.key] = { label: c.label, bytes: c.bytes, measures, medianMs, mbps: c.bytes / (1024 * 1024) / (medianMs / 1000) };
  }
  return res;
}
