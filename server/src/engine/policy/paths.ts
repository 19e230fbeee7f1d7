// Path-level policy: ignore globs and file-kind globs (picomatch is pure, no file system access).
import picomatch from 'picomatch';
import type { FileKind } from '../types';
import type { ResolvedConfig } from './config';

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

// A glob without a slash (`*.txt`) matches the file name anywhere, as in .gitignore; a glob with a slash
// (`vendor/**`) matches the whole relative path. picomatch's matchBase alone would make the latter never match.
function globMatcher(globs: string[]): (path: string) => boolean {
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const nameMatch = byName.length > 0 ? picomatch(byName, { dot: true, matchBase: true }) : () => false;
  const pathMatch = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false;
  return (path) => nameMatch(path) || pathMatch(path);
}

/** True when the (workspace-relative, or absolute) path matches one of the config's ignore globs. */
export function isIgnoredPath(config: ResolvedConfig, path: string): boolean {
  if (config.ignore.length === 0) return false;
  return globMatcher(config.ignore)(toPosix(path));
}

/** The file kind forced by the config's `kinds` globs for this path, if any. */
export function kindForPath(config: ResolvedConfig, path: string): FileKind | undefined {
  const p = toPosix(path);
  for (const [kind, globs] of Object.entries(config.kinds) as [FileKind, string[]][]) {
    if (globs.length > 0 && globMatcher(globs)(p)) return kind;
  }
  return undefined;
}
