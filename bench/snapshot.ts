// Other engineers rebuild dist/ at any moment; a run copies the bundles it measures once, at its start,
// so every child process of one run executes the same code.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLES = ['bench.js', 'cli.js', 'cli-worker.js', 'cli-detect.js', 'cli-customer-data.js', 'server.js'];

export interface Snapshot {
  dir: string;
  bench: string;
  cli: string;
  server: string;
}

export function snapshotDist(repoRoot: string): Snapshot {
  const src = join(repoRoot, 'dist');
  const dir = join(repoRoot, 'bench/.generated/dist-snapshot');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(src)) {
    const base = f.replace(/\.map$/, '');
    if (BUNDLES.includes(base) && existsSync(join(src, f))) copyFileSync(join(src, f), join(dir, f));
  }
  return { dir, bench: join(dir, 'bench.js'), cli: join(dir, 'cli.js'), server: join(dir, 'server.js') };
}
