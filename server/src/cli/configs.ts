// Configuration per file: the nearest `.piilintrc.json` above the file (as in the editor), or the one given
// with --config, loaded by the shared loader (server/src/config) once per config file and shared by every
// file under it. For the CLI any problem in a config file is fatal (exit 2): a CI run must not silently
// lint with half a configuration.
import { dirname, resolve } from 'node:path';
import { CONFIG_FILE_NAME, findConfigFile, loadConfig } from '../config/load';
import { resolveConfig, type ResolvedConfig } from '../engine/policy/config';

export { CONFIG_FILE_NAME };

export class ConfigError extends Error {}

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined for the built-in defaults. */
  path?: string;
  config: ResolvedConfig;
}

/** Reads and validates one config file; throws ConfigError with a readable message. */
export function loadConfigFile(path: string): ResolvedConfig {
  const loaded = loadConfig(resolve(path));
  if (loaded.errors.length > 0) throw new ConfigError(loaded.errors.join('; '));
  return loaded.config;
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
