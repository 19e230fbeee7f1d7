// Matching of config globs (`ignore`, `kinds`) against workspace-relative paths.
import picomatch from 'picomatch';

/** Config globs: patterns with a slash match the relative path, others any path segment's name. */
export function ignoreMatcher(globs: string[]): (rel: string) => boolean {
  if (globs.length === 0) return () => false;
  const withSlash = globs.filter((g) => g.includes('/'));
  const bare = globs.filter((g) => !g.includes('/'));
  const full = withSlash.length ? picomatch(withSlash.map((g) => g.replace(/^\.?\//, '')), { dot: true }) : () => false;
  const name = bare.length ? picomatch(bare, { dot: true }) : () => false;
  return (rel) => full(rel) || rel.split('/').some((part) => name(part));
}
