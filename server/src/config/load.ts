// Loading `.piilintrc.json` from disk: the nearest file upward wins; `extends` (a relative path) is merged
// underneath. File-system access lives here, never in the engine.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, parse as parsePath, resolve } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { mergeConfigFiles, resolveConfig, type PiiLintConfigFile, type ResolvedConfig } from '../engine/policy/config';

export const CONFIG_FILE_NAME = '.piilintrc.json';
const MAX_EXTENDS_DEPTH = 10;

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Problems reading, parsing or validating the file (and the files it extends), each prefixed with its path. */
  errors: string[];
  /** The merged file content (after `extends`), when it could be read. */
  file?: PiiLintConfigFile;
  /** The config file that was used, if any. */
  path?: string;
}

/** The nearest `.piilintrc.json` in `startDir` or one of its parents, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  const root = parsePath(dir).root;
  for (;;) {
    const candidate = resolve(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // unreadable entry: keep looking upward
      }
    }
    if (dir === root) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readConfigFile(path: string, errors: string[]): PiiLintConfigFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    errors.push(`${path}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
  const parseErrors: ParseError[] = [];
  // JSON with comments and trailing commas is accepted, as editors write it
  const value = parseJsonc(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0) {
    // a half-parsed file is not applied: the user gets the first syntax error with its line and column
    const pe = parseErrors[0];
    const before = text.slice(0, pe.offset);
    const line = before.split('\n').length;
    const column = pe.offset - before.lastIndexOf('\n');
    errors.push(`${path}: ${printParseErrorCode(pe.error)} at offset ${pe.offset} (invalid JSON, line ${line}, column ${column})`);
    return undefined;
  }
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push(`${path}: the configuration must be a JSON object`);
    return undefined;
  }
  return value as PiiLintConfigFile;
}

function readWithExtends(path: string, errors: string[], seen: string[]): PiiLintConfigFile | undefined {
  if (seen.includes(path)) {
    errors.push(`${path}: "extends" cycle (${[...seen, path].join(' -> ')})`);
    return undefined;
  }
  if (seen.length >= MAX_EXTENDS_DEPTH) {
    errors.push(`${path}: "extends" nested more than ${MAX_EXTENDS_DEPTH} levels`);
    return undefined;
  }
  const file = readConfigFile(path, errors);
  if (!file) return undefined;
  if (file.extends === undefined) return file;
  if (typeof file.extends !== 'string' || file.extends.length === 0) {
    errors.push(`${path}: "extends" must be a relative path to another config file`);
    const { extends: _ignored, ...rest } = file;
    return rest;
  }
  const basePath = isAbsolute(file.extends) ? file.extends : resolve(dirname(path), file.extends);
  const base = readWithExtends(basePath, errors, [...seen, path]);
  return base ? mergeConfigFiles(base, file) : mergeConfigFiles({}, file);
}

/** Reads one config file (with its `extends` chain) and resolves it. Never throws. */
export function loadConfig(path: string): LoadedConfig {
  const errors: string[] = [];
  const abs = resolve(path);
  const file = readWithExtends(abs, errors, []);
  const config = resolveConfig(file);
  return { config, errors: [...errors, ...config.errors.map((e) => `${abs}: ${e}`)], file, path: abs };
}

/**
 * The configuration for a file being linted: the nearest `.piilintrc.json` above it (or `override`, an explicit
 * config path from a CLI flag or editor setting). Defaults when there is none.
 */
export function loadConfigForFile(filePath: string, override?: string): LoadedConfig {
  if (override) return loadConfig(override);
  const found = findConfigFile(dirname(resolve(filePath)));
  if (!found) return { config: resolveConfig(), errors: [] };
  return loadConfig(found);
}
