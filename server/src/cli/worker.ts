// Second bundle (dist/cli-worker.js): the worker-thread entry that lints batches of files with the same per-file
// pipeline as the main thread, and, loaded from the main thread, the home of everything heavy (engine, lint run,
// customer-data), so that dist/cli.js stays tiny and `pii-lint --version` starts fast.
import { parentPort, workerData } from 'node:worker_threads';
import { FileLinter, type LintJobOptions } from './lintFile';

export { run } from './run';
export { runCustomerData } from './customerData';

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

if (parentPort && workerData) {
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
