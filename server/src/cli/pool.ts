// Spreads files over worker threads: small batches handed to whichever worker is free, so one big file does
// not hold the others back. A crashed worker fails only its own batch (reported per file), never the run.
import { Worker } from 'node:worker_threads';
import type { FileResult, LintJobOptions } from './lintFile';
import type { BatchMessage, ResultMessage } from './worker';

export async function lintInWorkers(
  workerFile: string,
  files: string[],
  workers: number,
  opts: LintJobOptions,
  displayPath: (f: string) => string,
  onProgress: (done: number) => void,
): Promise<FileResult[]> {
  const batchSize = Math.max(1, Math.min(16, Math.ceil(files.length / (workers * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: FileResult[] = [];
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, batches.length) }, () =>
      new Promise<void>((resolveWorker) => {
        const w = new Worker(workerFile, { workerData: opts });
        let current: { id: number; files: string[] } | undefined;
        const give = () => {
          if (next >= batches.length) {
            current = undefined;
            w.postMessage({ type: 'exit' });
            return;
          }
          current = { id: next, files: batches[next++] };
          w.postMessage({ type: 'batch', ...current } satisfies BatchMessage);
        };
        w.on('message', (m: ResultMessage) => {
          results.push(...m.reports);
          done += m.reports.length;
          onProgress(done);
          give();
        });
        w.on('error', (e) => {
          for (const f of current?.files ?? []) results.push({ path: displayPath(f), kind: null, findings: [], error: `internal error: ${e.message}` });
          current = undefined;
        });
        w.on('exit', () => {
          for (const f of current?.files ?? []) results.push({ path: displayPath(f), kind: null, findings: [], error: 'internal error: worker stopped' });
          resolveWorker();
        });
        give();
      }),
    ),
  );
  return results;
}
