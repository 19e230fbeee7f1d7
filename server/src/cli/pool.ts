// Spreads files over threads. The main thread lints too (its engine is loaded anyway) next to N-1 worker threads;
// every thread claims the next file from one shared counter (largest files first), so nobody waits for work
// and the last files to finish are the small ones. Workers send their rows in batches, already filtered and
// serialised. Big utterance logs stream afterwards, one at a time, in a worker with a capped heap that posts
// each chunk's rows as soon as it is done: with a hard cap V8 collects each chunk's garbage early, so memory
// stays flat (an uncapped heap lets it pile up). A crashed worker fails only its file (reported), never the run.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BaselineCounts } from './baseline';
import { createCleanTextsBuffer } from './cleanTexts';
import { detectJobOf } from './job';
import { filterParts, type FilterSettings, type ReadyPart } from './filter';
import type { FileLinter, LintJobOptions } from './lintFile';
import { lintPipelined } from './pipeline';
import type { FilePart } from './report';
import type { ToDetector } from './detectWorker';
import type { FromWorker, ToWorker } from './worker';

export interface PoolOptions {
  /** dist/cli-worker.js; without it (unbundled runs) everything is linted in this thread. */
  workerFile?: string;
  threads: number;
  job: LintJobOptions;
  local: FileLinter;
  /** dist/cli-detect.js, the two-thread pipeline's detection thread; without it two threads split by file. */
  detectorFile?: string;
  /** Workers started early by the launcher (they load the engine while this thread finds the files). */
  prestarted: Worker[];
  /** The detection thread, when the launcher started it early (`--workers 2`). */
  prestartedDetector?: Worker;
  filter: FilterSettings;
  baseline?: BaselineCounts;
  onPart(part: ReadyPart): void;
  /** A file's parts so far are void: it is linted again from the start, or reported as failed. */
  onDiscard(file: number): void;
  isDone(file: number): boolean;
  /** Called before the big logs stream. */
  beforeStreaming?(): void;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

/**
 * Heap caps (MB) of the streaming worker, tried in turn: the warm engine takes about 30 MB and a 256K-character
 * chunk's work about 10 MB more. A log whose chunks need more (very many findings) gets a second, larger try.
 */
const STREAM_HEAP_MB = [48, 192];

export function startWorker(workerFile: string, job: LintJobOptions, heapMb?: number): Worker {
  return new Worker(workerFile, {
    workerData: { job },
    ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 4 } } : {}),
  });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Runs one worker until it reports `idle` (or dies); parts go to `onPart`. */
function drive(w: Worker, first: ToWorker, onPart: (p: ReadyPart) => void): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      w.off('message', onMessage);
      resolve(ok);
    };
    const onMessage = (m: FromWorker) => {
      if (m.type === 'parts') for (const p of m.parts) onPart(p);
      else if (m.type === 'idle') settle(true);
    };
    w.on('message', onMessage);
    w.once('error', () => settle(false));
    w.once('exit', () => settle(false));
    // A prestarted worker may have died before anyone listened (threadId is -1 once it has exited).
    if (w.threadId < 0) settle(false);
    else w.postMessage(first);
  });
}

/** The pipeline's detection thread (dist/cli-detect.js). */
export function startDetector(detectorFile: string, job: LintJobOptions): Worker {
  return new Worker(detectorFile, { workerData: { job: detectJobOf(job) } });
}

function stop(w: Worker): void {
  w.postMessage({ type: 'exit' } satisfies ToWorker);
  w.unref();
}

/** Every thread lints whole files, claimed from one shared counter (largest first). */
async function lintByFile(files: string[], rest: number[], o: PoolOptions, helpers: Worker[], clean: SharedArrayBuffer | undefined, local: (p: FilePart) => void): Promise<void> {
  const job = { filter: o.filter, baseline: o.baseline };
  // Large files first, so the tail of the run is short files that balance out.
  const order = helpers.length > 0 ? rest.map((i) => [i, sizeOf(files[i])]).sort((a, b) => b[1] - a[1]).map(([i]) => i) : rest;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const runs = helpers.map((w) => drive(w, { type: 'files', files: order.map((i) => files[i]), ids: order, next: next.buffer as SharedArrayBuffer, clean, ...job }, o.onPart));
  let lastYield = Date.now();
  for (let k = Atomics.add(next, 0, 1); k < order.length; k = Atomics.add(next, 0, 1)) {
    o.local.lintPath(files[order[k]], order[k], local);
    if (helpers.length > 0 && Date.now() - lastYield > 25) {
      await yieldToEvents();
      lastYield = Date.now();
    }
  }
  await Promise.all(runs);
  helpers.forEach(stop);
}

export async function lintFiles(files: string[], o: PoolOptions): Promise<void> {
  const ids = files.map((_, i) => i);
  const filtered = () => filterParts(o.filter, (p) => o.baseline?.get(p), (i) => o.local.displayPath(files[i]), o.onPart);
  const local = filtered();
  const job = { filter: o.filter, baseline: o.baseline };
  const streamed = o.workerFile ? ids.filter((i) => o.local.isStreamed(files[i])) : [];
  const rest = streamed.length ? ids.filter((i) => !streamed.includes(i)) : ids;
  const wanted = rest.length > 1 && o.workerFile ? Math.min(o.threads - 1, rest.length - 1) : 0;
  // Two threads: split by stage (pipeline.ts), so neither warms up the other's code.
  const pipelined = wanted === 1 && !o.job.fix && o.detectorFile !== undefined;
  const helpers = o.prestarted.slice();
  while (helpers.length > (pipelined ? 0 : wanted)) void helpers.pop()!.terminate();
  while (!pipelined && helpers.length < wanted) helpers.push(startWorker(o.workerFile!, o.job));
  if (!pipelined) void o.prestartedDetector?.terminate();

  const clean = o.job.cleanTexts ? createCleanTextsBuffer() : undefined;
  if (clean) o.local.useCleanTexts(clean);
  if (pipelined) {
    const detector = o.prestartedDetector ?? startDetector(o.detectorFile!, o.job);
    detector.postMessage({ type: 'detector', clean } satisfies ToDetector);
    await lintPipelined(files, rest, o.local, detector, local);
    detector.postMessage({ type: 'exit' } satisfies ToDetector);
    detector.unref();
  } else {
    await lintByFile(files, rest, o, helpers, clean, local);
  }
  for (const i of rest) {
    if (o.isDone(i)) continue;
    o.onDiscard(i);
    filtered()({ file: i, done: { path: o.local.displayPath(files[i]), kind: null, error: 'internal error: the lint thread stopped' } });
  }

  if (streamed.length > 0) o.beforeStreaming?.();
  for (const i of streamed) {
    let ok = false;
    for (const heapMb of STREAM_HEAP_MB) {
      const w = startWorker(o.workerFile!, o.job, heapMb);
      ok = (await drive(w, { type: 'stream', file: i, path: files[i], ...job }, o.onPart)) && o.isDone(i);
      stop(w);
      if (ok) break;
      o.onDiscard(i);
    }
    // Neither cap was enough (or the worker failed): lint the file in this thread.
    if (!ok) o.local.lintPath(files[i], i, filtered());
  }
}
