// Second bundle (dist/cli-worker.js): the worker-thread entry, and, loaded from the main thread, the home of
// the lint run, so that dist/cli.js stays tiny and `pii-lint --version` starts fast. A worker warms the engine
// up as soon as it starts, then lints the files it claims from the shared counter (or streams one big log) and
// posts their rows back in batches. (The two-thread pipeline's detection thread is dist/cli-detect.js, and
// customer-data is dist/cli-customer-data.js.)
import { parentPort, workerData } from 'node:worker_threads';
import { FileLinter, type LintJobOptions } from './lintFile';
import type { BaselineCounts } from './baseline';
import { filterParts, type FilterSettings, type ReadyPart } from './filter';
import type { FilePart } from './report';

export { run } from './run';

interface Filtering {
  filter: FilterSettings;
  baseline?: BaselineCounts;
}

export type ToWorker =
  | ({ type: 'files'; files: string[]; ids: number[]; next: SharedArrayBuffer; clean?: SharedArrayBuffer } & Filtering)
  | ({ type: 'stream'; file: number; path: string } & Filtering)
  | { type: 'exit' };

export type FromWorker = { type: 'parts'; parts: ReadyPart[] } | { type: 'idle' };

/** Row text or finished files buffered before a post (one post per file would cost more than it carries). */
const FLUSH_CHARS = 512 * 1024;
const FLUSH_FILES = 16;

if (parentPort && workerData) {
  const port = parentPort;
  const linter = new FileLinter((workerData as { job: LintJobOptions }).job);
  linter.warmUp();
  let parts: ReadyPart[] = [];
  let chars = 0;
  let finished = 0;
  const flush = () => {
    if (parts.length > 0) port.postMessage({ type: 'parts', parts } satisfies FromWorker, parts.flatMap((p) => (p.bytes ? [p.bytes.buffer as ArrayBuffer] : [])));
    parts = [];
    chars = 0;
    finished = 0;
  };
  /** `eager`: post every part at once (a streamed log: nothing of it waits in this heap). */
  const collect = (eager: boolean) => (p: ReadyPart) => {
    parts.push(p);
    chars += (p.lines?.length ?? 0) + (p.bytes?.length ?? 0) + (p.diff?.length ?? 0);
    if (p.done) finished++;
    if (eager || chars >= FLUSH_CHARS || finished >= FLUSH_FILES) flush();
  };
  const lint = (path: string, id: number, sink: (p: FilePart) => void) => {
    try {
      linter.lintPath(path, id, sink);
    } catch (e) {
      sink({ file: id, done: { path: linter.displayPath(path), kind: null, error: `internal error: ${(e as Error).message}` } });
    }
  };
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'exit') {
      port.close();
      return;
    }
    const baselineFor = (p: string) => msg.baseline?.get(p);
    if (msg.type === 'stream') {
      lint(msg.path, msg.file, filterParts(msg.filter, baselineFor, () => linter.displayPath(msg.path), collect(true)));
    } else {
      const pathOf = new Map(msg.ids.map((id, k) => [id, msg.files[k]]));
      const sink = filterParts(msg.filter, baselineFor, (id) => linter.displayPath(pathOf.get(id)!), collect(false));
      const next = new Int32Array(msg.next);
      if (msg.clean) linter.useCleanTexts(msg.clean);
      for (let k = Atomics.add(next, 0, 1); k < msg.files.length; k = Atomics.add(next, 0, 1)) lint(msg.files[k], msg.ids[k], sink);
    }
    flush();
    port.postMessage({ type: 'idle' } satisfies FromWorker);
  });
}
