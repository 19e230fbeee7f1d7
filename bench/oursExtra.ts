// Child-process task: measurements only we have — extraction-only throughput and single-utterance latency.
import { readFileSync } from 'node:fs';
import { createLinter, parseDocument } from '../server/src/engine';
import type { FileKind } from '../server/src/engine';
import { MB, median, nowMs } from './stats';

export interface OursExtraTask {
  task: 'ours-extra';
  smallLog: string;
  workspace: string;
  latencySample: string[];
  quick: boolean;
}

export interface ExtractionResult {
  file: string;
  kind: FileKind;
  bytes: number;
  mbps: number;
  /** By CPU time of this process (steadier on a shared machine). */
  cpuMbps: number;
  texts: number;
  problems: number;
  runMs: number[];
  /** CPU MB/s in each process when measured in several (processes.ts); the figures above are the best one's. */
  cpuMbpsPerProcess?: number[];
}

export interface OursExtraResult {
  extraction: ExtractionResult[];
  latency: { medianMs: number; p95Ms: number; n: number; findingsPerUtterance: number };
}

function extraction(file: string, kind: FileKind, quick: boolean): ExtractionResult {
  const raw = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(raw);
  const first = nowMs();
  const doc = parseDocument(raw, { kind, path: file });
  const firstMs = nowMs() - first;
  // Slow first pass: do not spend minutes repeating it.
  const runs = quick || firstMs > 5000 ? 1 : 5;
  const runMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = nowMs();
    parseDocument(raw, { kind, path: file });
    runMs.push(nowMs() - s);
    const d = process.cpuUsage(c);
    cpuMs.push((d.user + d.system) / 1000);
  }
  return { file, kind, bytes, mbps: bytes / MB / (median(runMs) / 1000), cpuMbps: bytes / MB / (median(cpuMs) / 1000), texts: doc.texts.length, problems: doc.problems.length, runMs };
}

function latency(sample: string[]): OursExtraResult['latency'] {
  const linter = createLinter(undefined, { cacheSize: 0 });
  for (const s of sample.slice(0, 200)) linter.lint(s, { kind: 'utterances' });
  const times: number[] = [];
  let findings = 0;
  for (const s of sample) {
    const t0 = nowMs();
    const r = linter.lint(s, { kind: 'utterances' });
    times.push(nowMs() - t0);
    findings += r.findings.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: median(times), p95Ms: times[Math.floor(times.length * 0.95)], n: times.length, findingsPerUtterance: findings / sample.length };
}

export function runOursExtra(t: OursExtraTask): OursExtraResult {
  return {
    extraction: [extraction(t.smallLog, 'utterances', t.quick), extraction(t.workspace, 'dialog', t.quick)],
    latency: latency(t.latencySample),
  };
}
