// `piiLint.*` settings: pulled per resource through workspace/configuration, validated, cached until
// the client says they changed. Invalid values fall back to defaults instead of failing validation.
import type { Connection } from 'vscode-languageserver/node';
import { FILE_KINDS, type FileKind, type Severity } from '../engine/types';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type PiiLintSettings } from './protocol';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns whatever the client sent into a complete, valid settings object. */
export function normalizeSettings(raw: unknown): PiiLintSettings {
  const s = isRecord(raw) ? raw : {};
  const out: PiiLintSettings = { ...DEFAULT_SETTINGS, severity: {}, kinds: {}, trace: { ...DEFAULT_SETTINGS.trace } };
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  if (s.run === 'onType' || s.run === 'onSave') out.run = s.run;
  if (isRecord(s.severity)) {
    for (const [rule, sev] of Object.entries(s.severity)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) out.severity[rule] = sev as Severity | 'off';
    }
  }
  if (typeof s.minConfidence === 'number' && s.minConfidence >= 0 && s.minConfidence <= 1) out.minConfidence = s.minConfidence;
  if (isRecord(s.kinds)) {
    for (const [kind, globs] of Object.entries(s.kinds)) {
      if (!(FILE_KINDS as readonly string[]).includes(kind)) continue;
      const list = typeof globs === 'string' ? [globs] : Array.isArray(globs) ? globs.filter((g) => typeof g === 'string') : [];
      if (list.length) out.kinds[kind as FileKind] = list as string[];
    }
  }
  if (s.phiSensitivity === 'strict' || s.phiSensitivity === 'default' || s.phiSensitivity === 'relaxed') {
    out.phiSensitivity = s.phiSensitivity;
  } else if (s.healthTermsAlone === true) {
    out.phiSensitivity = 'strict';
  }
  if (typeof s.maxFileSizeMB === 'number' && s.maxFileSizeMB > 0) out.maxFileSizeMB = s.maxFileSizeMB;
  if (typeof s.timeBudgetMs === 'number' && s.timeBudgetMs > 0) out.timeBudgetMs = s.timeBudgetMs;
  const trace = isRecord(s.trace) ? s.trace.server : undefined;
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') out.trace.server = trace;
  return out;
}

/** Stable key of the settings that change lint results (used to cache linters). */
export function lintSettingsKey(s: PiiLintSettings): string {
  return JSON.stringify([s.severity, s.minConfidence, s.phiSensitivity]);
}

export class SettingsStore {
  private cache = new Map<string, Promise<PiiLintSettings>>();
  /** The settings of `cache` that have arrived. */
  private resolved = new Map<string, PiiLintSettings>();
  private supportsConfiguration = false;
  private global: PiiLintSettings = normalizeSettings(undefined);

  constructor(private readonly connection: Connection) {}

  setSupportsConfiguration(value: boolean): void {
    this.supportsConfiguration = value;
  }

  /** Push-style settings (clients without workspace/configuration send them in didChangeConfiguration). */
  setGlobal(raw: unknown): void {
    this.global = normalizeSettings(isRecord(raw) ? raw[SETTINGS_SECTION] : undefined);
  }

  clear(): void {
    this.cache.clear();
    this.resolved.clear();
  }

  /**
   * Settings known without asking the client: those of `uri` if they arrived, else of the first of `scopes`
   * (its workspace folder, the window) that did; undefined when none did.
   */
  known(uri: string, scopes: string[]): PiiLintSettings | undefined {
    if (!this.supportsConfiguration) return this.global;
    for (const key of [uri, ...scopes]) {
      const hit = this.resolved.get(key);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Settings the client gave with `initialize` (initializationOptions.settings), else the defaults. */
  initial: PiiLintSettings = normalizeSettings(undefined);

  get(uri: string): Promise<PiiLintSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.global);
    let hit = this.cache.get(uri);
    if (!hit) {
      const asked = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => this.global)
        .then((settings) => {
          if (this.cache.get(uri) === asked) this.resolved.set(uri, settings);
          return settings;
        });
      hit = asked;
      this.cache.set(uri, hit);
    }
    return hit;
  }
}
