// Configuration per file: the nearest `.piilintrc.json` above the file (as in the editor), or the one given
// with --config, resolved once per config file and shared by every file under it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { mergeConfigFiles, resolveConfig, type PiiLintConfigFile, type ResolvedConfig } from '../engine/policy/config';

export const CONFIG_FILE_NAME = '.piilintrc.json';

export class ConfigError extends Error {}

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined for the built-in defaults. */
  path?: string;
  config: ResolvedConfig;
}

function readConfigFile(path: string, seen: Set<string>): PiiLintConfigFile {
  if (seen.has(path)) throw new ConfigError(`${path}: "extends" forms a cycle`);
  seen.add(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0) {
    const first = errors[0];
    throw new ConfigError(`${path}: invalid JSON (${printParseErrorCode(first.error)} at offset ${first.offset})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${path}: the configuration must be a JSON object`);
  const file = data as PiiLintConfigFile;
  if (typeof file.extends === 'string') {
    const base = readConfigFile(resolve(dirname(path), file.extends), seen);
    return mergeConfigFiles(base, file);
  }
  return file;
}

/** Reads and validates one config file; throws ConfigError with a readable message. */
export function loadConfigFile(path: string): ResolvedConfig {
  const abs = resolve(path);
  const resolved = resolveConfig(readConfigFile(abs, new Set()));
  if (resolved.errors.length > 0) throw new ConfigError(`${abs}: ${resolved.errors.join('; ')}`);
  return resolved;
}

/** Nearest config file at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly defaults: LoadedConfig = { config: resolveConfig(undefined) };

  /** `forced` is the --config file: every file uses it. */
  constructor(private readonly forced?: string) {
    if (forced) this.byFile.set(resolve(forced), { path: resolve(forced), config: loadConfigFile(forced) });
  }

  private configPathFor(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const found = findConfigFile(dir);
    this.byDir.set(dir, found);
    return found;
  }

  /** The config governing a file (absolute or relative path). */
  forFile(filePath: string): LoadedConfig {
    const path = this.forced ? resolve(this.forced) : this.configPathFor(dirname(resolve(filePath)));
    if (!path) return this.defaults;
    let loaded = this.byFile.get(path);
    if (!loaded) {
      loaded = { path, config: loadConfigFile(path) };
      this.byFile.set(path, loaded);
    }
    return loaded;
  }
}
