// `pii-lint` entry (bundled to dist/cli.js). Deliberately tiny: the engine, the lint run and customer-data live
// in the second bundle (dist/cli-worker.js), loaded at run time only when there is work, so `--version` and
// `--help` do not even parse them.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { HELP, parseCliArgs, UsageError } from './args';
import type { CliIo } from './customerData';

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
  return loadHeavy().run(opts, io, version);
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
