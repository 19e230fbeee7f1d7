// `pii-lint` entry (bundled to dist/cli.js). Deliberately small: the engine, faker and the formatters are loaded
// only when there is something to lint, so `--version` and `--help` start in a few tens of milliseconds.
import { version } from '../../../package.json';
import { HELP, parseCliArgs, UsageError } from './args';
import type { CliIo } from './customerData';

async function main(argv: string[]): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, isTTY: Boolean(process.stderr.isTTY) };
  if (argv[0] === 'customer-data') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runCustomerData } = require('./customerData') as typeof import('./customerData');
    return runCustomerData(argv.slice(1), io);
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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { run } = require('./run') as typeof import('./run');
  return run(opts, io, version);
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
