// Per-URI kind overrides (piiLint.setFileKind), and whether a path is claimed by a `kinds` glob (the
// workspace scan includes such files whatever their extension). Globs themselves are applied by the parser.
import { ignoreMatcher } from './ignoreGlobs';
import type { FileKind } from '../engine/types';

export class KindResolver {
  private readonly overrides = new Map<string, FileKind>();
  private readonly matchers = new Map<string, (p: string) => boolean>();

  setOverride(uri: string, kind: FileKind | null): void {
    if (kind) this.overrides.set(uri, kind);
    else this.overrides.delete(uri);
  }

  override(uri: string): FileKind | undefined {
    return this.overrides.get(uri);
  }

  /** True when some kind glob claims the path (the workspace scan includes such files whatever their extension). */
  matchesAnyGlob(rel: string, kinds: Partial<Record<FileKind, string[]>>): boolean {
    return Object.values(kinds).some((globs) => globs && globs.length > 0 && this.matcher(globs)(rel));
  }

  private matcher(globs: string[]): (p: string) => boolean {
    const key = globs.join('\u0000');
    let m = this.matchers.get(key);
    if (!m) {
      m = ignoreMatcher(globs);
      this.matchers.set(key, m);
    }
    return m;
  }
}
