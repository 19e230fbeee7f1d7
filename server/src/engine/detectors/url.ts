// URLs that carry personal data: query parameters such as email=, name=, phone=, token=, an email address in
// the path or query, or credentials in the authority (user:pass@host). Plain links are not reported.
import type { Detection } from '../types';
import type { Detector } from './types';
import { hit, matches } from './util';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const PERSONAL_PARAM = /[?&;](?:e-?mail|mail|name|first_?name|last_?name|full_?name|fname|lname|user(?:name)?|login|phone|tel|mobile|ssn|dob|birth_?date|address|zip|postcode|account|acct|card|iban|token|access_token|password|pwd|pass|secret|api_?key|session|sid|customer_?id|patient(?:_?id)?|mrn)=[^&#\s]+/i;

export const urlDetector: Detector = {
  id: 'url-personal-data',
  entity: 'URL',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'URLs carrying personal data: personal query parameters (email=, name=, phone=, token=...), an email in the path or query, or user:password@ credentials.',
  truePositives: [
    { text: 'open https://shop.acme.com/track?email=dana%40gmail.com&order=5', expect: ['https://shop.acme.com/track?email=dana%40gmail.com&order=5'] },
    { text: 'go to https://bob:s3cret@intranet.acme.com/', expect: ['https://bob:s3cret@intranet.acme.com/'] },
  ],
  falsePositives: [{ text: 'see https://www.acme.com/help?topic=cards' }, { text: 'visit www.bank.com/fees' }],
  triggers: ['http', 'www.'],
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(URL_RE, text)) {
      const url = m[0].replace(/[.,;:!?)\]]+$/, '');
      let reason = '';
      if (PERSONAL_PARAM.test(url)) reason = 'personal query parameter';
      else if (/^https?:\/\/[^/\s@]+:[^/\s@]+@/i.test(url)) reason = 'credentials in the URL';
      else if (/(?:@|%40)[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(url.replace(/^https?:\/\/[^/]*/, ''))) reason = 'email address in the URL';
      if (!reason) continue;
      out.push(hit(urlDetector, m.index, m.index + url.length, 0.85, reason));
    }
    return out;
  },
};
