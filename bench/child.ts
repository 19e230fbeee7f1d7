// Runs one measurement in a child process (fresh heap, own peak RSS) and reads its result back.
import { spawn } from 'node:child_process';
import { type DetectorCostTask, runDetectorCost } from './detectorCost';
import { type OursExtraTask, runOursExtra } from './oursExtra';
import { runToolTask, type ToolTask } from './toolRun';

export type ChildTask = ToolTask | OursExtraTask | DetectorCostTask;

const MARK = '@@BENCH_RESULT@@';

/** Entry in the child: run the task and print its result after a marker line. */
export function childMain(taskJson: string): void {
  const task = JSON.parse(taskJson) as ChildTask;
  const result = task.task === 'tool' ? runToolTask(task) : task.task === 'ours-extra' ? runOursExtra(task) : runDetectorCost(task);
  process.stdout.write(`\n${MARK}${JSON.stringify(result)}\n`);
}

export interface ChildOptions {
  timeoutMs: number;
  /** The bench bundle to run (a snapshot of dist/bench.js); defaults to this file. */
  script?: string;
  nodeArgs?: string[];
}

/** Spawns this bundle with `--child <task>`; resolves with the result or rejects with a clear reason. */
export function runInChild<R>(task: ChildTask, opts: ChildOptions): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.script ?? __filename, '--child', JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const i = out.lastIndexOf(MARK);
      if (i >= 0) {
        resolve(JSON.parse(out.slice(i + MARK.length).trim()) as R);
        return;
      }
      const why = signal === 'SIGKILL' ? `timed out after ${opts.timeoutMs / 1000} s` : `exit ${code}`;
      reject(new Error(`${why}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}
