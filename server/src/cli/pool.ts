// Spreads files over threads: the main thread lints too (it is ready at once, while a worker first loads the
// engine), and N-1 worker threads take small batches whenever they are free, so one big file does not hold
// the others back. A crashed worker fails only its own batch (reported per file), never the run.
import { Worker } from 'node:worker_threads';
import type { FileLinter, FileResult, LintJobOptions } from './lintFile';
import type { BatchMessage, ResultMessage } from './worker';

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function lintInThreads(
  workerFile: string,
  files: string[],
  threads: number,
  opts: LintJobOptions,
  local: FileLinter,
  onProgress: (done: number) => void,
): Promise<FileResult[]> {
  const batchSize = Math.max(1, Math.min(16, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: FileResult[] = [];
  let next = 0;
  let done = 0;
  const record = (reports: FileResult[]) => {
    results.push(...reports);
    done += reports.length;
    onProgress(done);
  };

  const workerRuns = Array.from({ length: Math.max(0, Math.min(threads - 1, batches.length - 1)) }, () =>
    new Promise<void>((resolveWorker) => {
      const w = new Worker(workerFile, { workerData: opts });
      let current: string[] | undefined;
      const give = () => {
        if (next >= batches.length) {
          current = undefined;
          w.postMessage({ type: 'exit' });
          return;
        }
        const id = next++;
        current = batches[id];
        w.postMessage({ type: 'batch', id, files: current } satisfies BatchMessage);
      };
      const lost = (why: string) => {
        record((current ?? []).map((f) => ({ path: local.displayPath(f), kind: null, findings: [], error: `internal error: ${why}` })));
        current = undefined;
      };
      w.on('message', (m: ResultMessage) => {
        current = undefined;
        record(m.reports);
        give();
      });
      w.on('error', (e) => lost(e.message));
      w.on('exit', () => {
        lost('worker stopped');
        resolveWorker();
      });
      give();
    }),
  );

  // The main thread's share: one batch at a time, yielding so worker messages are handled in between.
  while (next < batches.length) {
    const batch = batches[next++];
    record(batch.map((f) => local.lintPath(f)));
    await yieldToEvents();
  }
  await Promise.all(workerRuns);
  return results;
}

/**
 * Streams one big utterance log in its own worker with a capped heap, so the chunks' garbage is collected early
 * instead of growing the heap (a 100 MB log lints in about 150 MB RSS). Resolves null when the worker fails
 * (for example a log with so many findings that they do not fit): the caller then lints it in process.
 */
export function lintInCappedWorker(workerFile: string, file: string, opts: LintJobOptions): Promise<FileResult | null> {
  return new Promise((resolveResult) => {
    const w = new Worker(workerFile, { workerData: opts, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 } });
    let result: FileResult | null = null;
    w.on('message', (m: ResultMessage) => {
      result = m.reports[0] ?? null;
      w.postMessage({ type: 'exit' });
    });
    w.on('error', () => {
      result = null;
    });
    w.on('exit', () => resolveResult(result));
    w.postMessage({ type: 'batch', id: 0, files: [file] } satisfies BatchMessage);
  });
}
