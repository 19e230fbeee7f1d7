// Which training-data kind a file is: a per-URI override (piiLint.setFileKind) first, then the `kinds`
// globs of settings and config file; undefined lets the engine detect the kind from the content.
import picomatch from 'picomatch';
import type { FileKind } from '../engine/types';
import type { ConfigResolver } from './configResolver';

export class KindResolver {
  private readonly overrides = new Map<string, FileKind>();
  private readonly matchers = new Map<string, (p: string) => boolean>();

  constructor(private readonly configs: ConfigResolver) {}

  setOverride(uri: string, kind: FileKind | null): void {
    if (kind) this.overrides.set(uri, kind);
    else this.overrides.delete(uri);
  }

  override(uri: string): FileKind | undefined {
    return this.overrides.get(uri);
  }

  kindFor(uri: string, fsPath: string | undefined, kinds: Partial<Record<FileKind, string[]>>): FileKind | undefined {
    const forced = this.overrides.get(uri);
    if (forced) return forced;
    if (!fsPath) return undefined;
    const rel = this.configs.relativePath(fsPath);
    for (const [kind, globs] of Object.entries(kinds) as [FileKind, string[]][]) {
      if (!globs || globs.length === 0) continue;
      if (this.matcher(globs)(rel)) return kind;
    }
    return undefined;
  }

  /** True when some kind glob claims the path (the workspace scan includes such files whatever their extension). */
  matchesAnyGlob(rel: string, kinds: Partial<Record<FileKind, string[]>>): boolean {
    return Object.values(kinds).some((globs) => globs && globs.length > 0 && this.matcher(globs)(rel));
  }

  private matcher(globs: string[]): (p: string) => boolean {
    const key = globs.join('\u0000');
    let m = this.matchers.get(key);
    if (!m) {
      m = picomatch(globs, { dot: true, matchBase: true });
      this.matchers.set(key, m);
    }
    return m;
  }
}
