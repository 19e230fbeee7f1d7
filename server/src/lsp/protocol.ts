// Names and payloads shared by the language server and the VS Code client (imported by relative path).
// Keep this file dependency-free apart from type-only imports so both bundles can include it.
import type { FileKind, Severity } from '../engine/types';

/** Diagnostic `source` on everything the server publishes. */
export const DIAGNOSTIC_SOURCE = 'PII Lint';

/** Settings section pulled with workspace/configuration. */
export const SETTINGS_SECTION = 'piiLint';

/** Config file the server reads, watches and writes (allow-value). */
export const CONFIG_FILE_NAME = '.piilintrc.json';
/** `$schema` written into a config file the server creates. */
export const CONFIG_SCHEMA_REF = './node_modules/assistant-pii-lint/schemas/piilintrc.schema.json';

/** Code action kind of the fix-all action (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.piiLint';

/** Rule id used for format problems (malformed JSON/CSV) published as diagnostics. */
export const PARSE_ERROR_RULE = 'parse-error';

/** Commands served through workspace/executeCommand. */
export const Commands = {
  /** Lint every training-data file of the workspace folders; results appear in Problems. Args: none. Returns ScanWorkspaceResult. */
  scanWorkspace: 'piiLint.scanWorkspace',
  /** Args: [FixAllParams]. Applies every fix of the file through workspace/applyEdit. Returns { applied, count }. */
  fixAllInFile: 'piiLint.fixAllInFile',
  /** Args: [ApplyFixParams]. Applies one fix through workspace/applyEdit. Returns { applied }. */
  applyFix: 'piiLint.applyFix',
  /** Args: [AllowValueParams]. Adds the value's hash to `allow` in the nearest config file (created if missing). Returns AllowValueResult. */
  allowValue: 'piiLint.allowValue',
  /** Args: none. Returns RuleInfo[]. */
  showRules: 'piiLint.showRules',
  /** Args: [SetFileKindParams]. Overrides the training-data kind of one file (null clears). Returns { kind }. */
  setFileKind: 'piiLint.setFileKind',
  /** Args: [{ ruleId }]. Asks the client to open the rule documentation (window/showDocument). Returns { url }. */
  openRuleDocs: 'piiLint.openRuleDocs',
} as const;
export type CommandName = (typeof Commands)[keyof typeof Commands];
export const ALL_COMMANDS: string[] = Object.values(Commands);

/**
 * What a PII Lint diagnostic carries in `data`: the key of its finding, not the fix itself. Code actions look the
 * finding up in the analysis of the current version (same range, rule and hash key) and take the replacements and
 * structural edits from it, so nothing is recomputed and a stale diagnostic from an older version never produces
 * an edit. Kept small because a big file publishes thousands of diagnostics after every edit. Parse problems
 * carry no data.
 */
export interface PiiDiagnosticData {
  /** The first HASH_KEY_LENGTH hex digits of the finding's salted value hash. */
  h: string;
  /** 1 when the value looks like a well-known test value (e.g. a synthetic replacement). */
  t?: 1;
}

export type FixStrategy = 'synthetic' | 'placeholder' | 'mask';

export interface ApplyFixParams {
  uri: string;
  /** Range of the diagnostic to fix (as published). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  strategy: FixStrategy;
  ruleId?: string;
}

export interface FixAllParams {
  uri: string;
  /** Default 'synthetic' (falls back to the placeholder when there is no synthetic value). */
  strategy?: FixStrategy;
}

export interface AllowValueParams {
  /** File whose finding is allowed; the nearest config file above it (or the workspace root) is used. */
  uri: string;
  valueHash: string;
  ruleId?: string;
  entity?: string;
}

export interface AllowValueResult {
  configUri: string;
  created: boolean;
  /** false when the hash was already listed. */
  added: boolean;
}

export interface SetFileKindParams {
  uri: string;
  kind: FileKind | null;
}

export interface RuleInfo {
  id: string;
  entity?: string;
  category?: string;
  defaultSeverity?: Severity;
  description?: string;
  docsUrl: string;
  /** Severity in effect for the current settings ('off' when disabled by a setting). */
  severity?: Severity | 'off';
}

export interface ScanWorkspaceResult {
  files: number;
  filesWithFindings: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  durationMs: number;
}

/** Request client → server: status of one document for the language status item. */
export const FileStatusRequest = 'piiLint/fileStatus';
export interface FileStatusParams {
  uri: string;
}
export interface FileStatus {
  uri: string;
  /** null when the file is not training data (or not linted). */
  kind: FileKind | null;
  findings: number;
  errors: number;
  warnings: number;
  /** ISO time of the last completed validation, null if never validated. */
  lastValidated: string | null;
  durationMs: number | null;
  /** Why the file was not (fully) linted: disabled, too large, time budget exceeded, not training data. */
  skippedReason?: string;
  /** Document version the validation was of (open documents). */
  version?: number;
  /**
   * Version of the last published diagnostics, which are the diagnostics of `version`: equal to it when this
   * validation published, older when the diagnostics came out the same and were not sent again.
   */
  diagnosticsVersion?: number;
}

/** Notification server → client after each validation of an open document (same payload as the request). */
export const FileStatusNotification = 'piiLint/status';

/** Settings the server reads from `piiLint.*` (all optional; the config file fills what is unset). */
export interface PiiLintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Per-rule severity overrides. */
  severity: Record<string, Severity | 'off'>;
  /** 0..1; null = use the config file / engine default. */
  minConfidence: number | null;
  /** Glob patterns per kind, e.g. { "intents-csv": ["**\/training/*.csv"] }. */
  kinds: Partial<Record<FileKind, string[]>>;
  /** 'strict' reports health terms alone, 'relaxed' hides low-confidence health findings; null = config file. */
  phiSensitivity: 'strict' | 'default' | 'relaxed' | null;
  maxFileSizeMB: number;
  /** Time budget for one validation, in milliseconds. */
  timeBudgetMs: number;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: PiiLintSettings = {
  enable: true,
  run: 'onType',
  severity: {},
  minConfidence: null,
  kinds: {},
  phiSensitivity: null,
  maxFileSizeMB: 20,
  timeBudgetMs: 10_000,
  trace: { server: 'off' },
};
