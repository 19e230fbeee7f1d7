// The instance configuration model: non-secret settings (safe for settings.json) and the secrets kept apart
// (VS Code SecretStorage, or the SDK's environment variables for the CLI).
import { hipaaWarning, validateServiceUrl } from './regions';

/**
 * Default API version date sent as `version=`. 2021-11-27 is a released v2 version that has `/logs` and `/user_data`
 * for v2 and is accepted by v1; override per instance (`apiVersion`) or with `--api-version`.
 */
export const DEFAULT_API_VERSION = '2021-11-27';
/** Default Discovery v2 version (the SDK's documented current version). */
export const DEFAULT_DISCOVERY_VERSION = '2023-03-31';

export type AuthType = 'iam' | 'bearerToken' | 'cp4d' | 'basic';
export const AUTH_TYPES: readonly AuthType[] = ['iam', 'bearerToken', 'cp4d', 'basic'];

/** How to authenticate; no secret values here. */
export interface AuthSettings {
  authType: AuthType;
  /** IAM token endpoint base (default https://iam.cloud.ibm.com) or the Cloud Pak for Data authorize base URL. */
  authUrl?: string;
  /** Cloud Pak for Data user name, or the basic-auth user (`apikey` when it is an IBM Cloud API key). */
  username?: string;
}

/** Secret values; never written to settings or output. */
export interface Credentials {
  apikey?: string;
  bearerToken?: string;
  password?: string;
}

export interface DiscoveryLink extends AuthSettings {
  url: string;
  apiVersion?: string;
}

/** One named Watson Assistant instance (the `piiLint.instances` setting holds a list of these). */
export interface InstanceConfig extends AuthSettings {
  name: string;
  /** Full service URL, e.g. https://api.eu-de.assistant.watson.cloud.ibm.com/instances/<id> or a CP4D URL. */
  url: string;
  /** v2 assistant id; for the new experience the environment id. */
  assistantId?: string;
  /** v1 workspace (dialog skill) id, used for queries when no assistant id is set. */
  workspaceId?: string;
  apiVersion?: string;
  discovery?: DiscoveryLink;
}

export interface ConfigCheck {
  errors: string[];
  warnings: string[];
}

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const VERSION_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function checkAuth(auth: AuthSettings, what: string, errors: string[]): void {
  if (!AUTH_TYPES.includes(auth.authType)) {
    errors.push(`${what}: unknown authentication type "${String(auth.authType)}" (use ${AUTH_TYPES.join(', ')}).`);
    return;
  }
  if (auth.authType === 'cp4d') {
    if (!auth.username) errors.push(`${what}: Cloud Pak for Data authentication needs a user name.`);
    if (!auth.authUrl) errors.push(`${what}: Cloud Pak for Data authentication needs the authorize URL (e.g. https://host/icp4d-api).`);
  }
  if (auth.authUrl) {
    const u = validateServiceUrl(auth.authUrl, 'authentication URL');
    if (!u.ok) errors.push(`${what}: ${u.message}`);
  }
}

/** Checks a configuration; errors block use, warnings (HIPAA region) are shown. */
export function checkInstanceConfig(cfg: InstanceConfig, opts: { hipaa?: boolean } = {}): ConfigCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!cfg.name || !cfg.name.trim()) errors.push('The instance needs a name.');
  const url = validateServiceUrl(cfg.url ?? '');
  if (!url.ok) errors.push(url.message);
  if (!cfg.assistantId && !cfg.workspaceId) errors.push('Set an assistant id (v2; the environment id in the new experience) or a workspace id (v1).');
  if (cfg.assistantId && !ID_SHAPE.test(cfg.assistantId)) errors.push('The assistant id may contain only letters, digits, "-" and "_".');
  if (cfg.workspaceId && !ID_SHAPE.test(cfg.workspaceId)) errors.push('The workspace id may contain only letters, digits, "-" and "_".');
  if (cfg.apiVersion && !VERSION_SHAPE.test(cfg.apiVersion)) errors.push(`The API version "${cfg.apiVersion}" must be a date YYYY-MM-DD.`);
  checkAuth(cfg, 'Assistant', errors);
  if (cfg.discovery) {
    const d = validateServiceUrl(cfg.discovery.url ?? '', 'Discovery URL');
    if (!d.ok) errors.push(d.message);
    checkAuth(cfg.discovery, 'Discovery', errors);
  }
  if (opts.hipaa && url.ok) {
    const w = hipaaWarning(url.url);
    if (w) warnings.push(w);
  }
  return { errors, warnings };
}

/** What credentials an auth type needs, for prompts and clear errors. */
export function missingCredentials(auth: AuthSettings, creds: Credentials): string | undefined {
  switch (auth.authType) {
    case 'iam':
      return creds.apikey ? undefined : 'an IAM API key';
    case 'bearerToken':
      return creds.bearerToken ? undefined : 'a bearer token';
    case 'cp4d':
      return creds.password || creds.apikey ? undefined : 'a Cloud Pak for Data password or API key';
    case 'basic':
      return creds.password || creds.apikey ? undefined : 'a password (the API key when the user is "apikey")';
  }
}

const AUTH_FIELDS = ['authType', 'authUrl', 'username'] as const;
const INSTANCE_FIELDS = ['name', 'url', 'assistantId', 'workspaceId', 'apiVersion', ...AUTH_FIELDS] as const;
const DISCOVERY_FIELDS = ['url', 'apiVersion', ...AUTH_FIELDS] as const;

function pick<T extends object>(src: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (src as Record<string, unknown>)[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  return out as Partial<T>;
}

/**
 * Only the known non-secret fields, trimmed, empty ones dropped: whatever a caller adds (an `apikey`, a token) never
 * reaches the settings file.
 */
export function sanitizeInstanceConfig(cfg: InstanceConfig): InstanceConfig {
  const clean = pick(cfg, INSTANCE_FIELDS) as InstanceConfig;
  if (cfg.discovery && typeof cfg.discovery === 'object') clean.discovery = pick(cfg.discovery, DISCOVERY_FIELDS) as DiscoveryLink;
  return clean;
}
