// Which files a run lints: paths, folders and globs from the command line, minus .gitignore'd files and the
// config's ignore globs. Folders are searched for the training-data file types.
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type * as TinyGlobby from 'tinyglobby';

// Required (not imported) so the bundler takes tinyglobby's CommonJS build: its ESM build needs import.meta.url.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { glob, isDynamicPattern } = require('tinyglobby') as typeof TinyGlobby;

/** File types that can hold training data or utterance logs, and application code that calls the assistant (app-* kinds). */
export const DATA_FILE_GLOB = '**/*.{json,csv,txt,js,mjs,cjs,jsx,ts,mts,cts,tsx,py,html,htm,sh,bash,zsh}';
// Type declarations and minified bundles never hold a call worth reporting.
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/*.d.ts', '**/*.min.js'];

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** .gitignore files from the file's folder up to the repository root, each applied relative to its folder. */
class GitIgnores {
  private readonly cache = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, boolean>();

  private rulesIn(dir: string): Ignore | null {
    if (this.cache.has(dir)) return this.cache.get(dir)!;
    const file = join(dir, '.gitignore');
    let rules: Ignore | null = null;
    try {
      if (existsSync(file)) rules = ignore().add(readFileSync(file, 'utf8'));
    } catch {
      rules = null;
    }
    this.cache.set(dir, rules);
    return rules;
  }

  private isRepoRoot(dir: string): boolean {
    let v = this.roots.get(dir);
    if (v === undefined) {
      v = existsSync(join(dir, '.git'));
      this.roots.set(dir, v);
    }
    return v;
  }

  ignores(absFile: string): boolean {
    let dir = dirname(absFile);
    for (;;) {
      const rules = this.rulesIn(dir);
      if (rules) {
        const rel = toPosix(relative(dir, absFile));
        if (rel && !rel.startsWith('..') && rules.ignores(rel)) return true;
      }
      if (this.isRepoRoot(dir)) return false;
      const parent = dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }
}

export interface Discovery {
  /** Absolute paths, sorted, unique. */
  files: string[];
  /** Command-line patterns that matched nothing. */
  unmatched: string[];
  /** Absolute paths of the files named on the command line themselves (not found in a folder or by a glob). */
  named: Set<string>;
}

/**
 * Expands the command-line patterns. Files named explicitly are always included (even if .gitignore'd);
 * files found in folders or by globs skip .gitignore'd paths. `isIgnoredByConfig` applies the config's globs.
 */
export async function discoverFiles(
  patterns: string[],
  cwd: string,
  isIgnoredByConfig: (absPath: string) => boolean,
): Promise<Discovery> {
  const git = new GitIgnores();
  const found = new Set<string>();
  const named = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    let matches: string[];
    if (stat?.isFile() || (stat && !stat.isDirectory())) {
      if (!isIgnoredByConfig(abs)) {
        found.add(abs);
        named.add(abs);
      }
      continue;
    } else if (stat?.isDirectory()) {
      matches = await glob(DATA_FILE_GLOB, { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, dot: false, followSymbolicLinks: false });
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ALWAYS_SKIPPED, dot: false });
    } else {
      // A name that does not exist (it may be a dangling link): keep it so it is reported as unreadable.
      if (existsLink(abs)) {
        found.add(abs);
        continue;
      }
      unmatched.push(pattern);
      continue;
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) {
      const p = resolve(m);
      if (!git.ignores(p) && !isIgnoredByConfig(p)) found.add(p);
    }
  }
  return { files: [...found].sort(), unmatched, named };
}

function existsLink(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
