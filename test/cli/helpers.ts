// Runs the BUILT CLI (dist/cli.js) as a child process. The bundle is rebuilt once when it is older than the
// sources (under a lock, since test files run in parallel and share dist/).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/shared';

export const CLI = join(repoRoot, 'dist', 'cli.js');
export const FIXTURES = join(__dirname, 'fixtures');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

let built = false;

/** Builds dist/ if the CLI bundle is missing or older than server/src. */
export function ensureBuilt(): void {
  if (built) return;
  const stale = () => {
    try {
      return Math.min(statSync(CLI).mtimeMs, statSync(join(repoRoot, 'dist', 'cli-worker.js')).mtimeMs) < newestMtime(join(repoRoot, 'server', 'src'));
    } catch {
      return true;
    }
  };
  if (stale()) {
    const r = spawnSync('flock', ['/tmp/pii-lint-cli-test-build.lock', process.execPath, 'esbuild.js'], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
  built = true;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** A fresh copy of a fixture folder in a temp dir (fix tests rewrite files). */
export function tempCopy(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-lint-cli-'));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pii-lint-cli-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every value planted in the fixtures: none may appear in any output without --show-values. */
export const PLANTED = [
  'jane.doe84@gmail.com',
  'r.ortega@outlook.com',
  '312-741-9982',
  '4539 1488 0343 6467',
  'Loree Flinchum',
  'Marcus Whitfield',
];

export interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  summary: Record<string, number>;
  findings: {
    path: string; ruleId: string; entity: string; category: string; severity: string; confidence: number;
    line: number; column: number; endLine: number; endColumn: number; offset: number; length: number;
    fieldPath: string; message: string; masked: string; valueHash: string; value?: string; testValue?: boolean;
  }[];
  files: { path: string; kind: string | null; findings: number; error?: string; fixed?: number; diff?: string }[];
}
