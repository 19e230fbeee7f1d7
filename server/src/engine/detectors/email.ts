// Email addresses. Scans outward from each '@' instead of running a regex over the whole text (fast, no
// backtracking). Reserved example domains (RFC 2606) are test values.
import type { Detection } from '../types';
import { EXAMPLE_DOMAINS } from '../fix/testValues';
import type { Detector } from './types';
import { hit } from './util';

const LOCAL = /[A-Za-z0-9._%+\-'!#$&*=?^`{|}~\u00C0-\u024F]/;
const DOMAIN = /[A-Za-z0-9.\-\u00C0-\u024F]/;
const TEST_DOMAIN = /(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|example|invalid|localhost))$/i;

export function isTestEmailDomain(domain: string): boolean {
  return TEST_DOMAIN.test(domain) || (EXAMPLE_DOMAINS as readonly string[]).includes(domain.toLowerCase());
}

export const emailDetector: Detector = {
  id: 'email',
  entity: 'EMAIL_ADDRESS',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Email addresses (local part @ domain with a top-level domain). Addresses at example.com/.org/.net are reported as test values.',
  truePositives: [
    { text: 'my email is dana.lee+bank@gmail.com thanks', expect: ['dana.lee+bank@gmail.com'] },
    { text: 'Contact: MarekVolny@postmail.cz.', expect: ['MarekVolny@postmail.cz'] },
    { text: 'send it to o\'brien@mail.co.uk', expect: ["o'brien@mail.co.uk"] },
  ],
  falsePositives: [
    { text: 'meet me @ the branch at 5' },
    { text: 'tweet @bank_support about it' },
    { text: 'the file is name@2x.png' },
    { text: 'write to test.user@example.com' },
  ],
  triggers: ['@'],
  detect(text) {
    const out: Detection[] = [];
    let at = text.indexOf('@');
    while (at >= 0) {
      let s = at;
      while (s > 0 && LOCAL.test(text[s - 1])) s--;
      while (s < at && /[.'\-]/.test(text[s])) s++;
      let e = at + 1;
      while (e < text.length && DOMAIN.test(text[e])) e++;
      while (e > at + 1 && /[.\-]/.test(text[e - 1])) e--;
      const domain = text.slice(at + 1, e);
      const tld = domain.slice(domain.lastIndexOf('.') + 1);
      if (s < at && domain.includes('.') && !domain.includes('..') && /^[A-Za-z]{2,24}$/.test(tld) && !/^(png|jpe?g|gif|svg|webp)$/i.test(tld)) {
        const test = isTestEmailDomain(domain);
        out.push(hit(emailDetector, s, e, test ? 0.9 : 0.97, test ? 'reserved example domain' : 'email address', { testValue: test }));
        at = text.indexOf('@', e);
      } else {
        at = text.indexOf('@', at + 1);
      }
    }
    return out;
  },
};
