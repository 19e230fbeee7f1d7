// Worker thread entry (bundled to dist/cli-worker.js): lints batches of files with the same per-file pipeline
// as the main thread and posts the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { FileLinter, type LintJobOptions } from './lintFile';

export interface BatchMessage {
  type: 'batch';
  id: number;
  files: string[];
}

export interface ResultMessage {
  type: 'results';
  id: number;
  reports: ReturnType<FileLinter['lintPath']>[];
}

if (parentPort) {
  const port = parentPort;
  const linter = new FileLinter(workerData as LintJobOptions);
  port.on('message', (msg: BatchMessage | { type: 'exit' }) => {
    if (msg.type === 'exit') {
      port.close();
      return;
    }
    const reports = msg.files.map((f) => {
      try {
        return linter.lintPath(f);
      } catch (e) {
        return { path: linter.displayPath(f), kind: null, findings: [], error: `internal error: ${(e as Error).message}` };
      }
    });
    port.postMessage({ type: 'results', id: msg.id, reports } satisfies ResultMessage);
  });
}
