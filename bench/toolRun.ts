// Child-process task: one tool's throughput, recall per corpus, banking77 flagged share and peak RSS.
// Run in its own process so the peak RSS is that tool's alone.
import { closeSync, openSync, readSync } from 'node:fs';
import { loadBanking77, loadCorpora } from './corpora';
import type { ProcessThroughput } from './processes';
import { type CorpusScore, scoreCorpus } from './score';
import { MB, median, nowMs, peakRssMb } from './stats';
import { createTool, type ToolId } from './tools';

export interface ToolTask {
  task: 'tool';
  tool: ToolId;
  repoRoot: string;
  shared: string | null;
  logFile: string;
  quick: boolean;
  /** Throughput only, more runs: for `--profile`. */
  profile?: boolean;
  /** Throughput only (no corpora, no banking77): the extra processes of processes.ts. */
  throughputOnly?: boolean;
}

export interface ToolResult {
  tool: ToolId;
  initMs: number;
  baselineRssMb: number;
  throughput: {
    /** By wall clock (median run). */
    mbps: number;
    /** By this process's CPU time (user + system, median run): steadier when other work shares the machine. */
    cpuMbps: number;
    sampleBytes: number;
    runs: number;
    runMs: number[];
    cpuMs: number[];
    /** The first untimed pass over the sample, right after the short warm-up (the JIT still compiling). */
    firstPass?: { mbps: number; cpuMbps: number };
    /** Every process's figures when the throughput was measured in several (processes.ts); the fields above are the best. */
    processes?: ProcessThroughput[];
  };
  recall: Record<string, CorpusScore>;
  banking: { flagged: number; total: number } | null;
  peakRssMb: number;
  note?: string;
}

/** The first `maxBytes` of the log, cut at a line end. */
function readHead(file: string, maxBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(maxBytes);
    const n = readSync(fd, buf, 0, maxBytes, 0);
    const text = buf.subarray(0, n).toString('utf8');
    return text.slice(0, text.lastIndexOf('\n') + 1);
  } finally {
    closeSync(fd);
  }
}

function sliceLines(lines: string[], bytes: number): { text: string; lines: string[]; bytes: number } {
  const out: string[] = [];
  let n = 0;
  for (const line of lines) {
    if (n >= bytes) break;
    out.push(line);
    n += Buffer.byteLength(line) + 1;
  }
  return { text: out.join('\n') + '\n', lines: out, bytes: n };
}

/** Phase marks on stderr: when a child times out, the parent shows where it was. */
function phase(name: string, since: number): number {
  process.stderr.write(`[${name}] after ${((nowMs() - since) / 1000).toFixed(1)} s\n`);
  return nowMs();
}

/** How long every tool runs untimed over its measured sample before the timed runs. */
export const WARM_ON_SAMPLE_MS = 4000;

export function runToolTask(t: ToolTask): ToolResult {
  const t0 = nowMs();
  const maxSample = t.quick ? 1 * MB : 6 * MB;
  const allLines = readHead(t.logFile, maxSample).split('\n').filter((l) => l.length > 0);
  const baselineRssMb = process.memoryUsage().rss / MB;

  const initStart = nowMs();
  const tool = createTool(t.tool, t.repoRoot);
  const initMs = nowMs() - initStart;
  phase('tool created', t0);

  // Warm up (JIT, lazy dictionaries) for at least half a second, then size the measured sample from the last pass.
  const warm = sliceLines(allLines, 64 * 1024);
  let warmMs = Infinity;
  for (let w = 0, until = nowMs() + (t.quick ? 200 : 500); w < 2 || nowMs() < until; w++) {
    const w0 = nowMs();
    tool.processLog(warm.text, warm.lines);
    warmMs = nowMs() - w0;
  }
  phase('warm-up done', t0);
  const warmMbps = warm.bytes / MB / (warmMs / 1000);
  const targetSeconds = t.quick ? 0.2 : 1;
  const sample = sliceLines(allLines, Math.min(maxSample, Math.max(64 * 1024, warmMbps * MB * targetSeconds)));
  // Untimed passes over the sample itself for a few seconds, the same for every tool: its sentences warm code paths
  // the small slice did not reach, and a JIT engine keeps optimising (and re-optimising after deopts) for several
  // passes. Timing earlier measures the compiler's background work as much as the tool (ours: ~8 vs ~12.5 MB/s).
  // The first of them is kept as the cold figure (what a one-off run over this much text sees).
  const warmFor = t.quick ? 1000 : WARM_ON_SAMPLE_MS;
  const c0 = process.cpuUsage();
  const s0 = nowMs();
  tool.processLog(sample.text, sample.lines);
  const firstMs = nowMs() - s0;
  const firstCpu = process.cpuUsage(c0);
  const firstPass = { mbps: sample.bytes / MB / (firstMs / 1000), cpuMbps: sample.bytes / MB / ((firstCpu.user + firstCpu.system) / 1e6) };
  for (let until = nowMs() + warmFor; nowMs() < until; ) tool.processLog(sample.text, sample.lines);
  const runs = t.profile ? 15 : t.quick ? 3 : 5;
  const runMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = nowMs();
    tool.processLog(sample.text, sample.lines);
    runMs.push(nowMs() - s);
    const d = process.cpuUsage(c);
    cpuMs.push((d.user + d.system) / 1000);
  }
  const mbps = sample.bytes / MB / (median(runMs) / 1000);
  const cpuMbps = sample.bytes / MB / (median(cpuMs) / 1000);
  phase(`throughput done (${sample.bytes} bytes)`, t0);

  // The labelled corpora are loaded only now: held during the throughput runs, their ~100 MB of live strings made
  // every tool's garbage collection slower (ours ~15% in a standalone check), which no user's process pays.
  const shared = t.profile || t.throughputOnly ? null : t.shared;
  const corpora = shared ? loadCorpora(shared) : [];
  const banking = shared ? loadBanking77(shared) : [];
  const recall: Record<string, CorpusScore> = {};
  for (const c of corpora) {
    const texts = t.quick ? c.texts.slice(0, 150) : c.texts;
    recall[c.id] = scoreCorpus(tool, { ...c, texts });
    phase(`recall ${c.id} done`, t0);
  }
  let bankingResult: ToolResult['banking'] = null;
  if (banking.length) {
    const texts = t.quick ? banking.slice(0, 500) : banking;
    bankingResult = { flagged: texts.filter((x) => tool.flags(x)).length, total: texts.length };
  }
  return {
    tool: t.tool,
    initMs,
    baselineRssMb,
    throughput: { mbps, cpuMbps, sampleBytes: sample.bytes, runs, runMs, cpuMs, firstPass },
    recall,
    banking: bankingResult,
    peakRssMb: peakRssMb(),
    note: tool.note,
  };
}
