// Card security codes and expiry dates: only meaningful next to card words ("CVV 123", "exp 04/27").
import type { Detection } from '../types';
import { CARD_CONTEXT } from './creditCard';
import { hasContextBefore, hasWordIn } from './context';
import { F_DASH, F_SLASH } from './textFacts';
import type { Detector } from './types';
import { hit, matches } from './util';

const CVV_CUE = /\b(?:cvv2?|cvc2?|cid|csc|security code|card verification(?: value| code)?|3[- ]digit code|verification code)\b(?:\s*(?:is|was|:|#|number|no\.?|code))*\s*[:#]?\s*(\d{3,4})\b/g;

export const cardCvvDetector: Detector = {
  id: 'card-cvv',
  entity: 'CARD_CVV',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 3,
  minDigitRun: 3,
  description: 'Card security codes (CVV/CVC/CID) written after their cue words.',
  truePositives: [
    { text: 'card 4916861695208074 cvv 123', expect: ['123'] },
    { text: 'the security code is 4821', expect: ['4821'] },
  ],
  falsePositives: [{ text: 'what is a cvv code and where do I find it' }, { text: 'I need 300 dollars' }],
  triggers: ['cvv', 'cvc', 'cid', 'csc', 'security code', 'verification', 'digit code'],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(CVV_CUE, ctx.lower)) {
      const start = m.index + m[0].length - m[1].length;
      out.push(hit(cardCvvDetector, start, start + m[1].length, 0.9, 'after a security-code cue'));
    }
    return out;
  },
};

const EXPIRY = /\b(0?[1-9]|1[0-2])\s?[/-]\s?(\d{2}|20\d{2})\b/g;
const EXPIRY_CUE = ['exp', 'expiry', 'expires', 'expiring', 'expiration', 'exp date', 'valid thru', 'valid through', 'good thru', 'valid until'];

export const cardExpiryDetector: Detector = {
  id: 'card-expiry',
  entity: 'CARD_EXPIRY',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 3,
  description: 'Card expiry dates (MM/YY, MM/YYYY) after expiry words or next to a card number.',
  truePositives: [
    { text: 'card ending 8074, exp 04/27', expect: ['04/27'] },
    { text: 'visa expires 11/2028', expect: ['11/2028'] },
  ],
  falsePositives: [{ text: 'my card expired, can I get a new one' }, { text: 'the meeting is on 04/27' }],
  triggers: ['exp', 'valid', 'thru'],
  // MM/YY or MM-YY
  anyFacts: F_SLASH | F_DASH,
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(EXPIRY, text)) {
      if (text[m.index + m[0].length] === '/' || text[m.index - 1] === '/') continue;
      const cue = hasContextBefore(ctx.lower, m.index, EXPIRY_CUE, 25);
      if (!cue) continue;
      const cardNear = hasWordIn(ctx.lower, CARD_CONTEXT, m.index - 80, m.index + 40) || /\d{4}/.test(text.slice(Math.max(0, m.index - 60), m.index));
      out.push(hit(cardExpiryDetector, m.index, m.index + m[0].length, cardNear ? 0.9 : 0.7, 'after an expiry cue', { severity: cardNear ? undefined : 'info' }));
    }
    return out;
  },
};
