// Path-level policy: ignore globs and file-kind globs (picomatch is pure, no file system access).
import picomatch from 'picomatch';
import type { FileKind } from '../types';
import type { ResolvedConfig } from './config';

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** True when the (workspace-relative, or absolute) path matches one of the config's ignore globs. */
export function isIgnoredPath(config: ResolvedConfig, path: string): boolean {
  if (config.ignore.length === 0) return false;
  return picomatch(config.ignore, { dot: true, matchBase: true })(toPosix(path));
}

/** The file kind forced by the config's `kinds` globs for this path, if any. */
export function kindForPath(config: ResolvedConfig, path: string): FileKind | undefined {
  const p = toPosix(path);
  for (const [kind, globs] of Object.entries(config.kinds) as [FileKind, string[]][]) {
    if (globs.length > 0 && picomatch(globs, { dot: true, matchBase: true })(p)) return kind;
  }
  return undefined;
}
