// Builds the official SDK authenticator for an auth type and its secrets.
import { BasicAuthenticator, BearerTokenAuthenticator, CloudPakForDataAuthenticator, IamAuthenticator } from 'ibm-watson/auth';
import type { AuthSettings, Credentials } from './config';
import { missingCredentials } from './config';
import { WatsonApiError } from './errors';

export type SdkAuthenticator = IamAuthenticator | BearerTokenAuthenticator | CloudPakForDataAuthenticator | BasicAuthenticator;

export function createAuthenticator(auth: AuthSettings, creds: Credentials, what = 'Assistant'): SdkAuthenticator {
  const missing = missingCredentials(auth, creds);
  if (missing) throw new WatsonApiError('config', `${what}: ${auth.authType} authentication needs ${missing}.`);
  switch (auth.authType) {
    case 'iam':
      // `url` is the token service base; the SDK appends /identity/token.
      return new IamAuthenticator({ apikey: creds.apikey!, ...(auth.authUrl ? { url: auth.authUrl } : {}) });
    case 'bearerToken':
      return new BearerTokenAuthenticator({ bearerToken: creds.bearerToken! });
    case 'cp4d':
      // The SDK appends /v1/authorize to `url`; for CP4D that is usually https://<host>/icp4d-api.
      return new CloudPakForDataAuthenticator({
        url: auth.authUrl!.replace(/\/v1\/authorize\/?$/, ''),
        username: auth.username!,
        ...(creds.password ? { password: creds.password } : { apikey: creds.apikey! }),
      });
    case 'basic':
      return new BasicAuthenticator({ username: auth.username || 'apikey', password: creds.password ?? creds.apikey! });
  }
}
