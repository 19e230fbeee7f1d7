// Throughput measured in several processes per tool. This machine's memory speed varies from one process to the
// next and within one (a fixed random-access loop takes 4.0-6.0 s between runs; see bench/PROFILE.md, session 7):
// a memory-heavy tool can settle at ~1.6x its speed in one process and not another. So every tool's throughput is
// measured in THROUGHPUT_PROCESSES separate children, taking turns with the other tools, and the best process is
// reported (the tool's speed when the machine is not in its way), with every process's figure next to it.
import type { ExtractionResult, OursExtraResult } from './oursExtra';
import type { ToolResult } from './toolRun';

export const THROUGHPUT_PROCESSES = 3;

/** One child's throughput figures (the median run of that child). */
export interface ProcessThroughput {
  cpuMbps: number;
  mbps: number;
  sampleBytes: number;
}

type Throughput = ToolResult['throughput'];

function ofProcess(t: Throughput): ProcessThroughput {
  return { cpuMbps: t.cpuMbps, mbps: t.mbps, sampleBytes: t.sampleBytes };
}

/**
 * The tool's result with its throughput taken from the best process by CPU time (the first, full child, keeps its
 * first-pass figure, recall and RSS); `processes` lists every child's figures in the order they ran.
 */
export function withBestProcess(first: ToolResult, more: readonly Throughput[]): ToolResult {
  const all = [first.throughput, ...more];
  let best = all[0];
  for (const t of all) if (t.cpuMbps > best.cpuMbps) best = t;
  return {
    ...first,
    throughput: { ...best, firstPass: first.throughput.firstPass, processes: all.map(ofProcess) },
  };
}

/** "9.07 / 13.89 / 8.78": every process's CPU MB/s, for the tables. */
export function processList(t: Throughput): string {
  return (t.processes ?? [ofProcess(t)]).map((p) => p.cpuMbps.toFixed(2)).join(' / ');
}

/** The median process's CPU MB/s (the reported figure when there was only one process). */
export function medianProcessCpu(t: Throughput): number {
  const all = (t.processes ?? [ofProcess(t)]).map((p) => p.cpuMbps).sort((a, b) => a - b);
  return all[(all.length - 1) >> 1];
}

/** Extraction figures per kind from the best process by CPU time, each process's CPU MB/s listed (same reasons). */
export function bestExtraction(first: OursExtraResult, more: readonly OursExtraResult[]): OursExtraResult {
  const extraction = first.extraction.map((e): ExtractionResult => {
    const same = [e, ...more.map((m) => m.extraction.find((x) => x.kind === e.kind)).filter((x) => x !== undefined)];
    const best = same.reduce((a, b) => (b.cpuMbps > a.cpuMbps ? b : a));
    return { ...best, cpuMbpsPerProcess: same.map((x) => x.cpuMbps) };
  });
  return { ...first, extraction };
}
