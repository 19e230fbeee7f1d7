// Which configuration applies to a file: the nearest `.piilintrc.json` (searched upward, not past the
// workspace folder), with the `piiLint.*` settings layered on top. Linters are cached per (config file,
// settings) so their per-text detection caches survive between validations.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { createLinter, type Linter } from '../engine/lint';
import { listRules } from '../engine/detectors/registry';
import { mergeConfigFiles, resolveConfig, type PiiLintConfigFile, type ResolvedConfig } from '../engine/policy/config';
import { ignoreMatcher } from './ignoreGlobs';
import { CONFIG_FILE_NAME, type PiiLintSettings } from './protocol';
import { lintSettingsKey } from './settings';

export interface FileConfig {
  /** Config file in effect, or null when none was found. */
  configPath: string | null;
  config: ResolvedConfig;
  linter: Linter;
  /** Workspace folder that contains the file, if any. */
  root: string | undefined;
}

/** Layers the editor settings over a resolved config file. */
export function applySettings(base: ResolvedConfig, s: PiiLintSettings): ResolvedConfig {
  const rules = { ...base.rules };
  for (const [id, severity] of Object.entries(s.severity)) rules[id] = { ...rules[id], severity };
  const detectorOptions = { ...base.detectorOptions };
  if (s.phiSensitivity === 'strict') detectorOptions.healthTermsAlone = 'warning';
  if (s.phiSensitivity === 'default') detectorOptions.healthTermsAlone = 'off';
  if (s.phiSensitivity === 'relaxed') {
    detectorOptions.healthTermsAlone = 'off';
    // Relaxed: only confident health findings.
    for (const r of listRules()) {
      if (r.category === 'phi') rules[r.id] = { ...rules[r.id], minConfidence: Math.max(rules[r.id]?.minConfidence ?? 0, 0.8) };
    }
  }
  return {
    ...base,
    rules,
    minConfidence: s.minConfidence ?? base.minConfidence,
    kinds: { ...base.kinds, ...s.kinds },
    detectorOptions,
  };
}

function readConfigData(path: string, seen: Set<string>, errors: string[]): PiiLintConfigFile | null {
  if (seen.has(path)) {
    errors.push(`"extends" forms a cycle at ${path}`);
    return null;
  }
  seen.add(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    errors.push(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return null;
  }
  const parseErrors: ParseError[] = [];
  const data = parseJsonc(text, parseErrors, { allowTrailingComma: true }) as unknown;
  if (parseErrors.length > 0) errors.push(`${path} is not valid JSON (offset ${parseErrors[0].offset})`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    if (text.trim().length > 0) errors.push(`${path} must contain a JSON object`);
    return null;
  }
  const file = data as PiiLintConfigFile;
  if (typeof file.extends === 'string') {
    const base = readConfigData(resolve(dirname(path), file.extends), seen, errors);
    return base ? mergeConfigFiles(base, file) : file;
  }
  return file;
}

/** Reads a config file (following `extends`); invalid parts are dropped and reported in `errors`. */
function readConfigFile(path: string): ResolvedConfig {
  const errors: string[] = [];
  const config = resolveConfig(readConfigData(path, new Set(), errors));
  config.errors.unshift(...errors);
  return config;
}

export class ConfigResolver {
  private readonly configs = new Map<string, ResolvedConfig>();
  private readonly linters = new Map<string, Linter>();
  private readonly lookups = new Map<string, string | null>();
  private roots: string[] = [];
  /** Called when a config file is (re)loaded with problems; the config still applies without the bad parts. */
  onConfigErrors?: (path: string, errors: string[]) => void;
  private readonly ignoreMatchers = new WeakMap<string[], (rel: string) => boolean>();

  setRoots(roots: string[]): void {
    this.roots = roots;
    this.lookups.clear();
  }

  getRoots(): string[] {
    return this.roots;
  }

  /** Forget cached config files and lookups (a config file changed). */
  invalidate(): void {
    this.configs.clear();
    this.linters.clear();
    this.lookups.clear();
  }

  rootOf(fsPath: string): string | undefined {
    let best: string | undefined;
    for (const r of this.roots) {
      if ((fsPath === r || fsPath.startsWith(r.endsWith(sep) ? r : r + sep)) && (!best || r.length > best.length)) best = r;
    }
    return best;
  }

  /** Nearest config file at or above `dir`, not past the workspace folder. */
  findConfigFile(fsPath: string): string | null {
    const root = this.rootOf(fsPath);
    let dir = dirname(fsPath);
    const visited: string[] = [];
    let found: string | null = null;
    for (;;) {
      const cached = this.lookups.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      // Files outside every workspace folder only use a config file next to them.
      if (root === undefined || dir === root) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const v of visited) this.lookups.set(v, found);
    return found;
  }

  configFor(fsPath: string | undefined, settings: PiiLintSettings): FileConfig {
    const configPath = fsPath ? this.findConfigFile(fsPath) : null;
    const key = `${configPath ?? ''}\u0000${lintSettingsKey(settings)}\u0000${JSON.stringify(settings.kinds)}`;
    let base = configPath ? this.configs.get(configPath) : undefined;
    if (configPath && !base) {
      base = readConfigFile(configPath);
      this.configs.set(configPath, base);
      if (base.errors.length > 0) this.onConfigErrors?.(configPath, base.errors);
    }
    let linter = this.linters.get(key);
    if (!linter) {
      linter = createLinter(applySettings(base ?? resolveConfig(null), settings));
      this.linters.set(key, linter);
    }
    return { configPath, config: linter.config, linter, root: fsPath ? this.rootOf(fsPath) : undefined };
  }

  /** True when the config's ignore globs exclude the file (paths relative to its workspace folder). */
  isIgnored(fsPath: string, globs: string[]): boolean {
    if (globs.length === 0) return false;
    let m = this.ignoreMatchers.get(globs);
    if (!m) {
      m = ignoreMatcher(globs);
      this.ignoreMatchers.set(globs, m);
    }
    return m(this.relativePath(fsPath));
  }

  /** Workspace-relative path with forward slashes (for globs), or the absolute path outside folders. */
  relativePath(fsPath: string): string {
    const root = this.rootOf(fsPath);
    const rel = root ? relative(root, fsPath) : fsPath;
    return rel.split(sep).join('/');
  }
}
