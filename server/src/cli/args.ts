// Command-line options of `pii-lint`: parsing (node:util parseArgs), validation and help text.
// Kept free of engine imports so `--version` and `--help` start fast.
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const KINDS = ['dialog', 'actions', 'intents-csv', 'entities-csv', 'phrases-csv', 'utterances', 'logs', 'app-js', 'app-python', 'app-html', 'app-shell'] as const;
export const FAIL_ON = ['error', 'warning', 'info'] as const;
export const STRATEGIES = ['synthetic', 'placeholder', 'mask'] as const;

export interface CliOptions {
  patterns: string[];
  config?: string;
  kind?: (typeof KINDS)[number];
  stdin: boolean;
  stdinFilename?: string;
  format: OutputFormat;
  output?: string;
  showValues: boolean;
  failOn: (typeof FAIL_ON)[number];
  maxWarnings: number;
  fix: boolean;
  fixStrategy: (typeof STRATEGIES)[number];
  dryRun: boolean;
  baseline?: string;
  updateBaseline: boolean;
  shard?: string;
  workers?: number;
  quiet: boolean;
  color?: boolean;
  seed?: number;
  listRules: boolean;
  version: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const HELP = `pii-lint: keep personal data and health information out of Watson Assistant training data

Usage:
  pii-lint [options] [paths or globs...]      lint files (default: the current folder)
  pii-lint --stdin --stdin-filename NAME      lint piped input
  pii-lint customer-data query|delete ...     find or delete one customer's message data (see: pii-lint customer-data --help)

Input:
  --config FILE            use this .piilintrc.json instead of the nearest one above each file
  --kind KIND              force the file kind: ${KINDS.join('|')}
  --stdin                  read the document from standard input
  --stdin-filename NAME    file name for piped input (kind detection, config discovery, report)
  --shard I/N              lint only shard I of N (deterministic split by path, for CI matrices)
  --workers N              lint threads (default: by input size, up to the number of cores)

Output:
  --format FORMAT          stylish (default) | json | sarif | junit
  --output FILE, -o FILE   write the report to FILE instead of standard output
  --show-values            include raw values in the report and diffs (off by default: masked previews only)
  --quiet, -q              report only findings that fail the run; no progress bar or notes
  --color / --no-color     force colours on or off (default: on for a terminal)

Exit status:
  --fail-on LEVEL          error | warning (default) | info: findings at or above LEVEL fail the run
  --max-warnings N         also fail when there are more than N warnings
                           0: nothing fails, 1: findings fail the run or a file is unreadable, 2: usage or config error

Fixing:
  --fix                    rewrite files in place, keeping them valid JSON/CSV
  --fix-strategy S         synthetic (default: realistic fakes, same value -> same fake) | placeholder ([EMAIL]) | mask (****)
  --dry-run                with --fix: print a unified diff instead of writing
  --seed N                 seed for synthetic values (default: random per run)

Baselines:
  --baseline FILE          ignore findings recorded in FILE
  --update-baseline        write the current findings to the --baseline FILE (default .piilint-baseline.json)

Information:
  --list-rules             list rules (id, category, default severity, description, docs)
  --version, -v            print the version
  --help, -h               print this help
`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be an integer >= ${min} (got "${value}")`);
  return Number(value);
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        kind: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'show-values': { type: 'boolean' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-strategy': { type: 'string' },
        'dry-run': { type: 'boolean' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        shard: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        seed: { type: 'string' },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  const opts: CliOptions = {
    patterns: parsed.positionals,
    config: v.config,
    kind: oneOf('kind', v.kind, KINDS),
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    format: oneOf('format', v.format, FORMATS) ?? 'stylish',
    output: v.output,
    showValues: v['show-values'] ?? false,
    failOn: oneOf('fail-on', v['fail-on'], FAIL_ON) ?? 'warning',
    maxWarnings: integer('max-warnings', v['max-warnings'], -1) ?? -1,
    fix: v.fix ?? false,
    fixStrategy: oneOf('fix-strategy', v['fix-strategy'], STRATEGIES) ?? 'synthetic',
    dryRun: v['dry-run'] ?? false,
    baseline: v.baseline,
    updateBaseline: v['update-baseline'] ?? false,
    shard: v.shard,
    workers: integer('workers', v.workers, 1),
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : v.color,
    seed: integer('seed', v.seed, 0),
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
  };
  if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (opts.stdin && opts.patterns.length > 0) throw new UsageError('--stdin cannot be combined with file paths');
  if (opts.dryRun && !opts.fix) throw new UsageError('--dry-run needs --fix');
  if (v['fix-strategy'] !== undefined && !opts.fix) throw new UsageError('--fix-strategy needs --fix');
  if (opts.updateBaseline && opts.fix) throw new UsageError('--update-baseline cannot be combined with --fix');
  if (opts.shard !== undefined && opts.stdin) throw new UsageError('--shard cannot be combined with --stdin');
  return opts;
}
