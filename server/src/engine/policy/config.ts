// The `.piilintrc.json` model: the file shape users write, the resolved form the linter uses, and a pure
// validator. Resolved config is plain JSON data (no compiled regexes) so it can cross worker boundaries.
import { FILE_KINDS, type FileKind, type Severity } from '../types';
import type { DetectorOptions } from '../detectors/types';
import { compileUserRegex } from './userRegex';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export type SeverityOrOff = 'off' | Severity;

export type RuleSetting = SeverityOrOff | { severity?: SeverityOrOff; minConfidence?: number };

export type AllowEntry = string | { hash: string; note?: string } | { regex: string; note?: string };

export const VALIDATORS = ['luhn', 'mod97', 'mod11', 'verhoeff', 'aba'] as const;
export type ValidatorName = (typeof VALIDATORS)[number];

export interface CustomDetectorConfig {
  /** Rule id, kebab-case (e.g. `employee-id`). */
  id: string;
  entity?: string;
  category?: 'pii' | 'phi';
  severity?: Severity;
  /** Regex source (RE2 syntax: linear time, no backreferences or lookaround). */
  pattern: string;
  /** Regex flags: any of `i`, `m`, `s`. */
  flags?: string;
  /** When given, a match counts only with one of these words within `contextWindow` characters before it. */
  contextWords?: string[];
  contextWindow?: number;
  validator?: ValidatorName;
  description?: string;
}

/** What users write in `.piilintrc.json`. Every field is optional. */
export interface PiiLintConfigFile {
  $schema?: string;
  /** Relative path of a config file to start from (resolved by the loader, not here). */
  extends?: string;
  rules?: Record<string, RuleSetting>;
  minConfidence?: number;
  allow?: AllowEntry[];
  salt?: string;
  ignore?: string[];
  kinds?: Partial<Record<FileKind, string[]>>;
  phi?: { healthTermsAlone?: SeverityOrOff };
  testValues?: SeverityOrOff;
  customDetectors?: CustomDetectorConfig[];
}

export interface ResolvedRule {
  severity?: SeverityOrOff;
  minConfidence?: number;
}

export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  minConfidence: number;
  allow: {
    literals: string[];
    hashes: string[];
    regexes: string[];
  };
  salt: string;
  ignore: string[];
  kinds: Partial<Record<FileKind, string[]>>;
  detectorOptions: DetectorOptions;
  customDetectors: CustomDetectorConfig[];
  /** Validation problems found while resolving (invalid entries are dropped, the rest applies). */
  errors: string[];
}

/**
 * Product salt for value hashes when a config has none. Changing it invalidates every stored hash, so it
 * is versioned; teams that share hashes across repositories set their own `salt`.
 */
export const DEFAULT_SALT = 'assistant-pii-lint/v1';

export const DEFAULT_MIN_CONFIDENCE = 0.5;

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({
  rules: {},
  minConfidence: DEFAULT_MIN_CONFIDENCE,
  allow: { literals: [], hashes: [], regexes: [] },
  salt: DEFAULT_SALT,
  ignore: [],
  kinds: {},
  detectorOptions: { healthTermsAlone: 'off', testValues: 'info' },
  customDetectors: [],
  errors: [],
}) as ResolvedConfig;

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

function isSeverityOrOff(v: unknown): v is SeverityOrOff {
  return v === 'off' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v));
}

function isConfidence(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

function stringList(v: unknown, where: string, errors: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push(`${where} must be an array of strings`);
    return [];
  }
  const out: string[] = [];
  v.forEach((s, i) => {
    if (typeof s === 'string' && s.length > 0) out.push(s);
    else errors.push(`${where}[${i}] must be a non-empty string`);
  });
  return out;
}

function resolveRules(v: unknown, errors: string[]): Record<string, ResolvedRule> {
  const out: Record<string, ResolvedRule> = {};
  if (v === undefined) return out;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    errors.push('rules must be an object of rule id -> setting');
    return out;
  }
  for (const [id, setting] of Object.entries(v as Record<string, unknown>)) {
    if (isSeverityOrOff(setting)) {
      out[id] = { severity: setting };
    } else if (typeof setting === 'object' && setting !== null && !Array.isArray(setting)) {
      const s = setting as { severity?: unknown; minConfidence?: unknown };
      const rule: ResolvedRule = {};
      if (s.severity !== undefined) {
        if (isSeverityOrOff(s.severity)) rule.severity = s.severity;
        else errors.push(`rules.${id}.severity must be one of off, error, warning, info, hint`);
      }
      if (s.minConfidence !== undefined) {
        if (isConfidence(s.minConfidence)) rule.minConfidence = s.minConfidence;
        else errors.push(`rules.${id}.minConfidence must be a number between 0 and 1`);
      }
      out[id] = rule;
    } else {
      errors.push(`rules.${id} must be "off", a severity, or { severity, minConfidence }`);
    }
  }
  return out;
}

function resolveAllow(v: unknown, errors: string[]): ResolvedConfig['allow'] {
  const allow: ResolvedConfig['allow'] = { literals: [], hashes: [], regexes: [] };
  if (v === undefined) return allow;
  if (!Array.isArray(v)) {
    errors.push('allow must be an array');
    return allow;
  }
  v.forEach((e, i) => {
    if (typeof e === 'string') {
      if (e.length > 0) allow.literals.push(e);
      else errors.push(`allow[${i}] must not be empty`);
    } else if (e && typeof e === 'object' && typeof (e as { hash?: unknown }).hash === 'string') {
      const h = (e as { hash: string }).hash.toLowerCase();
      if (/^[0-9a-f]{64}$/.test(h)) allow.hashes.push(h);
      else errors.push(`allow[${i}].hash must be 64 hex characters (a SHA-256 from a quick fix or baseline)`);
    } else if (e && typeof e === 'object' && typeof (e as { regex?: unknown }).regex === 'string') {
      const src = (e as { regex: string }).regex;
      const err = compileUserRegex(src, 'i').error;
      if (err) errors.push(`allow[${i}].regex is invalid: ${err}`);
      else allow.regexes.push(src);
    } else {
      errors.push(`allow[${i}] must be a string, { "hash": ... } or { "regex": ... }`);
    }
  });
  return allow;
}

function resolveKinds(v: unknown, errors: string[]): Partial<Record<FileKind, string[]>> {
  const out: Partial<Record<FileKind, string[]>> = {};
  if (v === undefined) return out;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    errors.push('kinds must be an object of file kind -> globs');
    return out;
  }
  for (const [kind, globs] of Object.entries(v as Record<string, unknown>)) {
    if (!(FILE_KINDS as readonly string[]).includes(kind)) {
      errors.push(`kinds.${kind}: unknown file kind (expected one of ${FILE_KINDS.join(', ')})`);
      continue;
    }
    out[kind as FileKind] = stringList(globs, `kinds.${kind}`, errors);
  }
  return out;
}

function resolveCustom(v: unknown, errors: string[]): CustomDetectorConfig[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push('customDetectors must be an array');
    return [];
  }
  const out: CustomDetectorConfig[] = [];
  v.forEach((raw, i) => {
    const where = `customDetectors[${i}]`;
    if (!raw || typeof raw !== 'object') {
      errors.push(`${where} must be an object`);
      return;
    }
    const d = raw as Record<string, unknown>;
    const before = errors.length;
    if (typeof d.id !== 'string' || !ID_RE.test(d.id)) errors.push(`${where}.id must be a kebab-case rule id`);
    if (typeof d.pattern !== 'string' || d.pattern.length === 0) errors.push(`${where}.pattern must be a regex source`);
    if (d.flags !== undefined && (typeof d.flags !== 'string' || !/^[ims]*$/.test(d.flags)))
      errors.push(`${where}.flags may only contain i, m, s`);
    if (d.category !== undefined && d.category !== 'pii' && d.category !== 'phi')
      errors.push(`${where}.category must be pii or phi`);
    if (d.severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(d.severity))
      errors.push(`${where}.severity must be one of error, warning, info, hint`);
    if (d.validator !== undefined && !(VALIDATORS as readonly unknown[]).includes(d.validator))
      errors.push(`${where}.validator must be one of ${VALIDATORS.join(', ')}`);
    if (d.contextWindow !== undefined && (typeof d.contextWindow !== 'number' || d.contextWindow < 0 || d.contextWindow > 1000))
      errors.push(`${where}.contextWindow must be a number 0..1000`);
    const contextWords = d.contextWords === undefined ? undefined : stringList(d.contextWords, `${where}.contextWords`, errors);
    if (errors.length === before && typeof d.pattern === 'string') {
      const err = compileUserRegex(d.pattern, (d.flags as string | undefined) ?? '').error;
      if (err) errors.push(`${where}.pattern is invalid: ${err}`);
    }
    if (errors.length !== before) return;
    out.push({
      id: d.id as string,
      entity: typeof d.entity === 'string' ? d.entity : 'CUSTOM',
      category: (d.category as 'pii' | 'phi' | undefined) ?? 'pii',
      severity: (d.severity as Severity | undefined) ?? 'warning',
      pattern: d.pattern as string,
      flags: (d.flags as string | undefined) ?? '',
      contextWords,
      contextWindow: (d.contextWindow as number | undefined) ?? 40,
      validator: d.validator as ValidatorName | undefined,
      description: typeof d.description === 'string' ? d.description : undefined,
    });
  });
  return out;
}

/** Validates a config file object and merges it over the defaults. Pure: never throws, reports problems in `errors`. */
export function resolveConfig(file?: PiiLintConfigFile | null): ResolvedConfig {
  const errors: string[] = [];
  if (file === undefined || file === null) return { ...DEFAULT_CONFIG, errors };
  if (typeof file !== 'object' || Array.isArray(file)) {
    return { ...DEFAULT_CONFIG, errors: ['configuration must be a JSON object'] };
  }
  const known = new Set(['$schema', 'extends', 'rules', 'minConfidence', 'allow', 'salt', 'ignore', 'kinds', 'phi', 'testValues', 'customDetectors']);
  for (const key of Object.keys(file)) if (!known.has(key)) errors.push(`unknown setting "${key}"`);

  let minConfidence = DEFAULT_MIN_CONFIDENCE;
  if (file.minConfidence !== undefined) {
    if (isConfidence(file.minConfidence)) minConfidence = file.minConfidence;
    else errors.push('minConfidence must be a number between 0 and 1');
  }
  let salt = DEFAULT_SALT;
  if (file.salt !== undefined) {
    if (typeof file.salt === 'string' && file.salt.length > 0) salt = file.salt;
    else errors.push('salt must be a non-empty string');
  }
  const detectorOptions: DetectorOptions = { ...DEFAULT_CONFIG.detectorOptions };
  if (file.phi !== undefined) {
    const h = (file.phi as { healthTermsAlone?: unknown }).healthTermsAlone;
    if (h !== undefined) {
      if (isSeverityOrOff(h)) detectorOptions.healthTermsAlone = h;
      else errors.push('phi.healthTermsAlone must be "off" or a severity');
    }
  }
  if (file.testValues !== undefined) {
    if (isSeverityOrOff(file.testValues)) detectorOptions.testValues = file.testValues;
    else errors.push('testValues must be "off" or a severity');
  }
  return {
    rules: resolveRules(file.rules, errors),
    minConfidence,
    allow: resolveAllow(file.allow, errors),
    salt,
    ignore: stringList(file.ignore, 'ignore', errors),
    kinds: resolveKinds(file.kinds, errors),
    detectorOptions,
    customDetectors: resolveCustom(file.customDetectors, errors),
    errors,
  };
}

/** Merges a child config file over a base one (used for `extends`): rules and kinds merge by key, lists concatenate. */
export function mergeConfigFiles(base: PiiLintConfigFile, child: PiiLintConfigFile): PiiLintConfigFile {
  const merged: PiiLintConfigFile = { ...base, ...child };
  merged.rules = { ...(base.rules ?? {}), ...(child.rules ?? {}) };
  merged.kinds = { ...(base.kinds ?? {}), ...(child.kinds ?? {}) };
  merged.phi = { ...(base.phi ?? {}), ...(child.phi ?? {}) };
  merged.allow = [...(base.allow ?? []), ...(child.allow ?? [])];
  merged.ignore = [...(base.ignore ?? []), ...(child.ignore ?? [])];
  merged.customDetectors = [...(base.customDetectors ?? []), ...(child.customDetectors ?? [])];
  delete merged.extends;
  return merged;
}
