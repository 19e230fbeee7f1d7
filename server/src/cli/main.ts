// `pii-lint` entry (bundled to dist/cli.js). Deliberately tiny: the engine, the lint run and customer-data live
// in the second bundle (dist/cli-worker.js), loaded at run time only when there is work, so `--version` and
// `--help` do not even parse them.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { version } from '../../../package.json';
import { HELP, parseCliArgs, UsageError } from './args';
import type { CliIo } from './customerData';
import { jobOptions } from './job';

type Heavy = typeof import('./worker');

/** dist/cli-worker.js next to this bundle; the TypeScript sources when run unbundled (tests through tsx). */
function loadHeavy(): Heavy {
  const bundled = join(__dirname, 'cli-worker.js');
  // createRequire keeps the bundler from inlining the heavy half into this file.
  return createRequire(__filename)(existsSync(bundled) ? bundled : './worker') as Heavy;
}

async function main(argv: string[]): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, isTTY: Boolean(process.stderr.isTTY) };
  if (argv[0] === 'customer-data') {
    return loadHeavy().runCustomerData(argv.slice(1), io);
  }
  let opts;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`pii-lint: ${e.message}\nRun "pii-lint --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  // With --workers N the helper threads start now and load the engine while this thread loads it too.
  const job = jobOptions(opts, process.cwd(), io.env);
  const bundled = join(__dirname, 'cli-worker.js');
  const prestarted =
    opts.workers !== undefined && opts.workers > 1 && !opts.stdin && !opts.listRules && existsSync(bundled)
      ? Array.from({ length: opts.workers - 1 }, () => new Worker(bundled, { workerData: { job } }))
      : [];
  return loadHeavy().run(opts, io, version, { job, prestarted });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pii-lint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
