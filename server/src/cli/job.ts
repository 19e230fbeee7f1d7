// The options every lint thread shares, from the command line. Kept apart (and light) so the launcher can start
// worker threads with them before it loads the engine.
import { randomInt } from 'node:crypto';
import type { CliOptions } from './args';
import type { LintJobOptions } from './lintFile';
import type { DetectJobOptions } from './textDetector';

export function jobOptions(opts: CliOptions, cwd: string, env: NodeJS.ProcessEnv): LintJobOptions {
  return {
    cwd,
    config: opts.config,
    kind: opts.kind,
    fix: opts.fix,
    fixStrategy: opts.fixStrategy,
    dryRun: opts.dryRun,
    showValues: opts.showValues,
    fixThreshold: opts.failOn,
    // One seed for every thread: the same value maps to the same fake in every file.
    seed: opts.seed ?? randomInt(0, 2 ** 31 - 1),
    streamBytes: Number(env.PII_LINT_STREAM_BYTES) || 8 * 1024 * 1024,
    chunkChars: Number(env.PII_LINT_CHUNK_CHARS) || 256 * 1024,
    cleanTexts: env.PII_LINT_CLEAN_TEXTS !== '0',
  };
}

/** What the two-thread pipeline's detection thread needs of the job: where configs are found. */
export const detectJobOf = (job: LintJobOptions): DetectJobOptions => ({ cwd: job.cwd, config: job.config });
