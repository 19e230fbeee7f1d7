// Locates ../shared (benchmark and sample data that is not part of the repository).
// Override with PII_LINT_SHARED. A fresh clone has no ../shared: tests skip with a visible message.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

export function sharedDir(): string | null {
  const dir = process.env.PII_LINT_SHARED ? resolve(process.env.PII_LINT_SHARED) : resolve(repoRoot, '..', 'shared');
  return existsSync(resolve(dir, 'benchdata')) ? dir : null;
}

/** Pass as the `skip` option of a test: a string (the visible reason) when ../shared is missing. */
export function skipWithoutShared(): string | false {
  return sharedDir() ? false : 'needs ../shared/benchdata (set PII_LINT_SHARED): not present in this checkout';
}

export function sharedPath(...parts: string[]): string {
  const dir = sharedDir();
  if (!dir) throw new Error('../shared is not available');
  return resolve(dir, ...parts);
}
