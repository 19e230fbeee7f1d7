// `pii-lint` entry (bundled to dist/cli.js). Deliberately tiny: the engine and the lint run live in the second
// bundle (dist/cli-worker.js), customer-data (and the Watson SDK behind it) in dist/cli-customer-data.js, each
// loaded at run time only when needed, so `--version` and `--help` parse neither and a lint run does not parse
// the SDK.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { version } from '../../../package.json';
import { HELP, parseCliArgs, UsageError } from './args';
import type { CliIo } from './customerData';
import { detectJobOf, jobOptions } from './job';

/** A bundle next to this one; the TypeScript sources when run unbundled (tests through tsx). */
function loadBundle<T>(bundle: string, source: string): T {
  const bundled = join(__dirname, bundle);
  // createRequire keeps the bundler from inlining the heavy parts into this file.
  return createRequire(__filename)(existsSync(bundled) ? bundled : source) as T;
}

const loadHeavy = () => loadBundle<typeof import('./worker')>('cli-worker.js', './worker');

async function main(argv: string[]): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, isTTY: Boolean(process.stderr.isTTY) };
  if (argv[0] === 'customer-data') {
    return loadBundle<typeof import('./customerData')>('cli-customer-data.js', './customerData').runCustomerData(argv.slice(1), io);
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
  // With --workers N the helper threads start now and load the engine while this thread loads it too. Two
  // threads without --fix split the work by stage: the helper is the detection thread (dist/cli-detect.js).
  const job = jobOptions(opts, process.cwd(), io.env);
  const bundled = join(__dirname, 'cli-worker.js');
  const detector = join(__dirname, 'cli-detect.js');
  const early = opts.workers !== undefined && opts.workers > 1 && !opts.stdin && !opts.listRules && existsSync(bundled);
  if (early && opts.workers === 2 && !opts.fix && existsSync(detector)) {
    const prestartedDetector = new Worker(detector, { workerData: { job: detectJobOf(job) } });
    return loadHeavy().run(opts, io, version, { job, prestartedDetector });
  }
  const prestarted = early ? Array.from({ length: opts.workers! - 1 }, () => new Worker(bundled, { workerData: { job } })) : [];
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
