// "Configure Watson Assistant instance" and "Select active instance".
import { checkInstanceConfig, DEFAULT_API_VERSION, sanitizeInstanceConfig, type AuthSettings, type AuthType, type Credentials, type DiscoveryLink, type InstanceConfig } from '../config';
import { hipaaWarning, REGIONS, regionServiceUrl, validateServiceUrl, type RegionId } from '../regions';
import type { PickItem, Prompter } from './prompts';
import type { InstanceStore } from './store';

/** Non-interactive use (scripts, tests): a full configuration and its secrets. */
export interface ConfigureArgs {
  instance: InstanceConfig;
  credentials: Credentials;
  discoveryCredentials?: Credentials;
  makeActive?: boolean;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const optionalId = (what: string) => (v: string) => (v.trim() === '' || ID_RE.test(v.trim()) ? undefined : `The ${what} may contain only letters, digits, "-" and "_".`);
const required = (what: string) => (v: string) => (v.trim() ? undefined : `${what} is required.`);

async function askUrl(p: Prompter, what: string, title: string, placeHolder: string): Promise<string | undefined> {
  const v = await p.input({
    title,
    prompt: `${what} (https://; http:// only for localhost)`,
    placeHolder,
    validate: (x) => {
      const r = validateServiceUrl(x, what);
      return r.ok ? undefined : r.message;
    },
  });
  return v === undefined ? undefined : (validateServiceUrl(v, what) as { url: string }).url;
}

/** Asks for an auth type and its settings and secrets. Undefined when cancelled. */
async function askAuth(p: Prompter, service: string, customUrl: boolean): Promise<{ auth: AuthSettings; creds: Credentials } | undefined> {
  const items: PickItem[] = [
    { id: 'iam', label: 'IBM Cloud IAM API key', description: 'recommended on IBM Cloud' },
    { id: 'bearerToken', label: 'Bearer token', description: 'a token you obtained yourself; expires' },
    { id: 'cp4d-password', label: 'Cloud Pak for Data: user name + password' },
    { id: 'cp4d-apikey', label: 'Cloud Pak for Data: user name + API key' },
    { id: 'basic', label: 'Basic: user "apikey" + API key' },
  ];
  const choice = await p.pick(items, { title: `${service}: authentication` });
  if (!choice) return undefined;
  const secret = (title: string) => p.input({ title, password: true, validate: required(title) });
  if (choice.id === 'iam') {
    let authUrl: string | undefined;
    if (customUrl) {
      const v = await p.input({
        title: `${service}: IAM token service URL (empty for https://iam.cloud.ibm.com)`,
        validate: (x) => {
          if (!x.trim()) return undefined;
          const r = validateServiceUrl(x, 'IAM URL');
          return r.ok ? undefined : r.message;
        },
      });
      if (v === undefined) return undefined;
      authUrl = v.trim() ? (validateServiceUrl(v, 'IAM URL') as { url: string }).url : undefined;
    }
    const apikey = await secret(`${service}: IAM API key`);
    return apikey === undefined ? undefined : { auth: { authType: 'iam', authUrl }, creds: { apikey } };
  }
  if (choice.id === 'bearerToken') {
    const bearerToken = await secret(`${service}: bearer token`);
    return bearerToken === undefined ? undefined : { auth: { authType: 'bearerToken' }, creds: { bearerToken } };
  }
  if (choice.id === 'basic') {
    const apikey = await secret(`${service}: API key`);
    return apikey === undefined ? undefined : { auth: { authType: 'basic', username: 'apikey' }, creds: { password: apikey } };
  }
  const authUrl = await askUrl(p, 'Cloud Pak for Data URL', `${service}: Cloud Pak for Data authorize URL`, 'https://cpd-host/icp4d-api');
  if (authUrl === undefined) return undefined;
  const username = await p.input({ title: `${service}: Cloud Pak for Data user name`, validate: required('The user name') });
  if (username === undefined) return undefined;
  const isPassword = choice.id === 'cp4d-password';
  const value = await secret(`${service}: Cloud Pak for Data ${isPassword ? 'password' : 'API key'}`);
  if (value === undefined) return undefined;
  return { auth: { authType: 'cp4d' as AuthType, authUrl, username: username.trim() }, creds: isPassword ? { password: value } : { apikey: value } };
}

async function askServiceUrl(p: Prompter): Promise<{ url: string; custom: boolean } | undefined> {
  const items: PickItem[] = [
    ...REGIONS.map((r) => ({ id: r.id, label: r.id, description: r.label + (r.hipaa ? ' · HIPAA-eligible' : '') })),
    { id: 'custom', label: 'Custom URL or Cloud Pak for Data', description: 'enter the full service URL' },
  ];
  const where = await p.pick(items, { title: 'Watson Assistant: location', placeHolder: 'Region of the instance' });
  if (!where) return undefined;
  if (where.id === 'custom') {
    const url = await askUrl(p, 'service URL', 'Watson Assistant: service URL', 'https://cpd-host/assistant/{release}/instances/{id}/api');
    return url === undefined ? undefined : { url, custom: true };
  }
  const region = REGIONS.find((r) => r.id === where.id)!;
  let endpoint: 'public' | 'private' = 'public';
  if (region.privateEndpoint) {
    const e = await p.pick(
      [
        { id: 'public', label: 'Public endpoint', description: `api.${region.id}` },
        { id: 'private', label: 'Private endpoint', description: `api.private.${region.id} (Plus/Enterprise, IBM Cloud private network)` },
      ],
      { title: 'Watson Assistant: endpoint' },
    );
    if (!e) return undefined;
    endpoint = e.id as 'public' | 'private';
  }
  const instanceId = await p.input({
    title: 'Watson Assistant: instance id',
    prompt: 'The id after /instances/ in the service URL',
    validate: (x) => (/^[A-Za-z0-9-]+$/.test(x.trim()) ? undefined : 'The instance id may contain only letters, digits and "-".'),
  });
  if (instanceId === undefined) return undefined;
  return { url: regionServiceUrl(region.id as RegionId, instanceId.trim(), endpoint), custom: false };
}

/** Interactive configuration; returns the saved instance or undefined when cancelled. */
export async function configureInstance(p: Prompter, store: InstanceStore, args?: ConfigureArgs): Promise<InstanceConfig | undefined> {
  if (args) return saveChecked(p, store, sanitizeInstanceConfig(args.instance), args.credentials ?? {}, args.discoveryCredentials, args.makeActive ?? true);
  const existing = store.list().map((i) => i.name);
  const name = await p.input({
    title: 'Watson Assistant: instance name',
    prompt: existing.length ? `A new name, or an existing one to replace it (${existing.join(', ')})` : 'e.g. dev or prod',
    validate: (v) => (v.trim() ? (v.trim().length > 64 ? 'At most 64 characters.' : undefined) : 'A name is required.'),
  });
  if (name === undefined) return undefined;
  const service = await askServiceUrl(p);
  if (!service) return undefined;
  const assistantId = await p.input({
    title: 'Watson Assistant: assistant id (v2)',
    prompt: 'For the new experience use the environment id (Assistant settings > Assistant IDs and API details). Leave empty to use a v1 workspace id.',
    validate: optionalId('assistant id'),
  });
  if (assistantId === undefined) return undefined;
  let workspaceId = '';
  if (!assistantId.trim()) {
    const w = await p.input({ title: 'Watson Assistant: workspace id (v1)', validate: (v) => required('A workspace id')(v) ?? optionalId('workspace id')(v) });
    if (w === undefined) return undefined;
    workspaceId = w;
  }
  const apiVersion = await p.input({
    title: 'Watson Assistant: API version',
    value: DEFAULT_API_VERSION,
    validate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'Use a date YYYY-MM-DD.'),
  });
  if (apiVersion === undefined) return undefined;
  const auth = await askAuth(p, 'Watson Assistant', service.custom);
  if (!auth) return undefined;
  const link = await p.pick(
    [
      { id: 'none', label: 'No linked Discovery instance' },
      { id: 'discovery', label: 'Link a Discovery instance', description: 'search queries carry the customer id; delete them there too' },
    ],
    { title: 'Watson Discovery' },
  );
  if (!link) return undefined;
  let discovery: DiscoveryLink | undefined;
  let discoveryCreds: Credentials | undefined;
  if (link.id === 'discovery') {
    const url = await askUrl(p, 'Discovery URL', 'Discovery: service URL', 'https://api.us-south.discovery.watson.cloud.ibm.com/instances/{id}');
    if (url === undefined) return undefined;
    const dAuth = await askAuth(p, 'Discovery', !/\.cloud\.ibm\.com$/.test(new URL(url).hostname));
    if (!dAuth) return undefined;
    discovery = { url, ...dAuth.auth };
    discoveryCreds = dAuth.creds;
  }
  const config: InstanceConfig = {
    name: name.trim(),
    url: service.url,
    assistantId: assistantId.trim() || undefined,
    workspaceId: workspaceId.trim() || undefined,
    apiVersion: apiVersion.trim(),
    ...auth.auth,
    discovery,
  };
  return saveChecked(p, store, config, auth.creds, discoveryCreds, true);
}

async function saveChecked(p: Prompter, store: InstanceStore, config: InstanceConfig, creds: Credentials, discoveryCreds: Credentials | undefined, makeActive: boolean) {
  const check = checkInstanceConfig(config, { hipaa: store.hipaa() });
  if (check.errors.length) {
    void p.notify('error', `Watson instance not saved: ${check.errors.join(' ')}`);
    return undefined;
  }
  await store.save(config, creds, discoveryCreds);
  if (makeActive) await store.setActive(config.name);
  const hipaa = store.hipaa() ? hipaaWarning(config.url) : undefined;
  if (hipaa) void p.notify('warning', hipaa);
  void p.notify('info', `Watson Assistant instance "${config.name}" saved${makeActive ? ' and active' : ''}. Secrets are in VS Code's secret storage.`);
  return config;
}

export async function selectActiveInstance(p: Prompter, store: InstanceStore, name?: string): Promise<string | undefined> {
  const all = store.list();
  if (name === undefined) {
    if (all.length === 0) {
      void p.notify('info', 'No Watson Assistant instance is configured yet. Run "PII Lint: Configure Watson Assistant instance".');
      return undefined;
    }
    const active = store.activeName();
    const choice = await p.pick(
      all.map((i) => ({ id: i.name, label: i.name, description: i.url + (i.name === active ? ' (active)' : '') })),
      { title: 'Active Watson Assistant instance' },
    );
    name = choice?.id;
  }
  if (name === undefined) return undefined;
  if (!all.some((i) => i.name === name)) {
    void p.notify('error', `No Watson Assistant instance named "${name}".`);
    return undefined;
  }
  await store.setActive(name);
  return name;
}
