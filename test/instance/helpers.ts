// Shared set-up for tests against the emulator: an instance config pointing at it, per auth type.
import type { Credentials, InstanceConfig } from '../../client/src/instance';
import { WatsonEmulator } from './emulator/server';

export const API_KEY = 'emulator-api-key-0123456789';
export const CP4D_PASSWORD = 'cp4d-password-xyz';
export const CP4D_APIKEY = 'cp4d-api-key-xyz';
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20, maxRetries: 3 };

export type AuthCase = { label: string; config: Partial<InstanceConfig>; creds: (emu: WatsonEmulator) => Promise<Credentials> | Credentials };

export const AUTH_CASES: AuthCase[] = [
  { label: 'IAM API key', config: { authType: 'iam' }, creds: () => ({ apikey: API_KEY }) },
  {
    label: 'bearer token',
    config: { authType: 'bearerToken' },
    creds: async (emu) => ({ bearerToken: (await emu.tokens.issue('bearer-user')).token }),
  },
  { label: 'CP4D user + password', config: { authType: 'cp4d', username: 'admin' }, creds: () => ({ password: CP4D_PASSWORD }) },
  { label: 'CP4D user + API key', config: { authType: 'cp4d', username: 'admin' }, creds: () => ({ apikey: CP4D_APIKEY }) },
  { label: 'basic apikey', config: { authType: 'basic', username: 'apikey' }, creds: () => ({ password: API_KEY }) },
];

export function instanceFor(emu: WatsonEmulator, extra: Partial<InstanceConfig> = {}): InstanceConfig {
  const auth = extra.authType ?? 'iam';
  return {
    name: 'test',
    url: emu.assistantUrl,
    assistantId: 'env-draft-0001',
    authType: auth,
    authUrl: auth === 'cp4d' ? emu.cp4dUrl : auth === 'iam' ? emu.url : undefined,
    ...extra,
  };
}
