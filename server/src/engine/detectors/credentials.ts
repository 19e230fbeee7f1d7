// Secrets written in text: passwords and PINs after a cue, usernames after a cue, and API keys / tokens with a
// recognisable shape (AWS, GitHub, Slack, Google, Stripe, JWT, private keys) or after a key/token cue.
import type { Detection } from '../types';
import type { Detector } from './types';
import { hit, matches } from './util';

const PASSWORD_CUE = /\b(?:password|passwd|pwd|passcode|pass code|passphrase|pin(?: code| number)?|kennwort|mot de passe|contraseña)\b\s*(?:(?:is|was|:|=|-|would be|will be|should be|it's|its)\s*){1,2}["'`“]?/giu;
const USER_CUE = /\b(?:user ?name|user ?id|login(?: name| id)?|handle|screen name|account name)\b\s*(?:(?:is|was|:|=|-)\s*){1,2}["'`“]?/giu;
const NOT_A_SECRET = new Set([
  'not', 'wrong', 'incorrect', 'invalid', 'expired', 'blocked', 'locked', 'the', 'a', 'my', 'too', 'being', 'correct', 'right',
  'required', 'needed', 'working', 'forgotten', 'lost', 'stolen', 'reset', 'changed', 'same', 'different', 'new', 'old', 'still',
  'also', 'no', 'none', 'empty', 'missing', 'weak', 'strong', 'case', 'sensitive', 'there', 'here', 'what', 'that', 'this', 'it',
  'set', 'sent', 'safe', 'secure', 'fine', 'ok', 'okay', 'asked', 'asking', 'requested', 'needed', 'disabled', 'enabled', 'and',
]);

function valueAt(text: string, at: number, re: RegExp): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at) return null;
  return m[0].replace(/["'`”.,;!?)]+$/, '');
}

const SECRET_VALUE = /[^\s"'`”]{3,64}/y;
const USER_VALUE = /[A-Za-z0-9._@+-]{3,40}/y;

function looksLikeSecret(v: string): boolean {
  if (NOT_A_SECRET.has(v.toLowerCase())) return false;
  // a word-only value in lower case is usually prose ("password is expired"); digits, symbols or mixed case look chosen
  return /\d/.test(v) || /[^A-Za-z0-9]/.test(v) || /[a-z][A-Z]|[A-Z].*[a-z].*[A-Z]/.test(v);
}

export const passwordDetector: Detector = {
  id: 'password',
  entity: 'PASSWORD',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 0,
  description: 'Passwords, passcodes and PINs written after a cue ("my password is hunter2", "PIN: 4821").',
  truePositives: [
    { text: 'my password is hunter2 please reset it', expect: ['hunter2'] },
    { text: 'pwd: Tr0ub4dor&3', expect: ['Tr0ub4dor&3'] },
    { text: 'my pin is 4821', expect: ['4821'] },
  ],
  falsePositives: [{ text: 'my password is not working' }, { text: 'I forgot my password' }, { text: 'the pin is blocked' }],
  triggers: ['pass', 'pwd', 'pin', 'kennwort', 'contrase'],
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(PASSWORD_CUE, text)) {
      const at = m.index + m[0].length;
      const v = valueAt(text, at, SECRET_VALUE);
      if (!v || !looksLikeSecret(v)) continue;
      out.push(hit(passwordDetector, at, at + v.length, 0.9, 'after a password cue'));
    }
    return out;
  },
};

export const usernameDetector: Detector = {
  id: 'username',
  entity: 'USERNAME',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Usernames and login ids written after a cue ("username: jdoe88", "my user id is dana.lee").',
  truePositives: [{ text: 'username: jdoe88', expect: ['jdoe88'] }, { text: 'my login is dana.lee', expect: ['dana.lee'] }],
  falsePositives: [{ text: 'I forgot my username' }, { text: 'my username is not accepted' }],
  triggers: ['user', 'login', 'handle', 'screen name', 'account name'],
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(USER_CUE, text)) {
      const at = m.index + m[0].length;
      const v = valueAt(text, at, USER_VALUE);
      if (!v || NOT_A_SECRET.has(v.toLowerCase()) || v.length < 3) continue;
      out.push(hit(usernameDetector, at, at + v.length, 0.8, 'after a username cue'));
    }
    return out;
  },
};

const KEY_SHAPES: { re: RegExp; what: string }[] = [
  { re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b/g, what: 'AWS access key id' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, what: 'GitHub token' },
  { re: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g, what: 'GitHub fine-grained token' },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, what: 'Slack token' },
  { re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g, what: 'Slack webhook' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/g, what: 'Google API key' },
  { re: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g, what: 'Stripe secret key' },
  { re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, what: 'JSON web token' },
  { re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/g, what: 'private key' },
];
const KEY_CUE = /\b(?:api[ _-]?key|apikey|access[ _-]?key|secret(?:[ _-]?key)?|auth[ _-]?token|access[ _-]?token|bearer|token|client[ _-]?secret|ibm[ _-]?cloud[ _-]?api[ _-]?key|iam[ _-]?api[ _-]?key)\b\s*(?:(?:is|was|:|=)\s*){0,2}["'`]?([A-Za-z0-9_\-+/=.]{16,200})/gi;

function entropyOk(v: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(v)).length;
  return classes >= 2 && new Set(v).size >= 10;
}

export const apiKeyDetector: Detector = {
  id: 'api-key',
  entity: 'API_KEY',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 1,
  description: 'API keys, tokens and secrets: AWS, GitHub, Slack, Google, Stripe, JWT and private-key shapes, and long random values after key/token/secret cues (IBM Cloud API keys).',
  truePositives: [
    { text: 'use AKIAIOSFODNN7EXAMPLE for the bucket', expect: ['AKIAIOSFODNN7EXAMPLE'] },
    { text: 'apikey: 0vC8x2Qm7LpZr4TtY9wKbN3dFhJ6sA1uE5gR_oP-iXyV', expect: ['0vC8x2Qm7LpZr4TtY9wKbN3dFhJ6sA1uE5gR_oP-iXyV'] },
    { text: 'token ghp_abcdefghijklmnopqrstuvwxyz0123456789', expect: ['ghp_abcdefghijklmnopqrstuvwxyz0123456789'] },
  ],
  falsePositives: [{ text: 'where do I get an api key' }, { text: 'the token expired after 30 minutes' }],
  // the key shapes' prefixes and the cue words (every pattern starts at a word boundary or with "-----")
  triggers: [
    'akia', 'asia', 'agpa', 'aida', 'aroa', 'anpa', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'xox',
    'hooks.slack.com', 'aiza', 'sk_live_', 'rk_live_', 'eyj', '-----begin',
    'api', 'key', 'access', 'secret', 'auth', 'token', 'bearer', 'client', 'ibm', 'iam',
  ],
  detect(text) {
    const out: Detection[] = [];
    for (const { re, what } of KEY_SHAPES) {
      for (const m of matches(re, text)) out.push(hit(apiKeyDetector, m.index, m.index + m[0].length, 0.95, what));
    }
    for (const m of matches(KEY_CUE, text)) {
      const v = m[1].replace(/[.,]+$/, '');
      if (!entropyOk(v)) continue;
      const start = m.index + m[0].length - m[1].length;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      out.push(hit(apiKeyDetector, start, start + v.length, 0.85, 'random value after a key/token cue'));
    }
    return out;
  },
};
