// Payment card numbers: 12-19 digits, plain or grouped by spaces/dashes, Luhn-valid, in a known issuer range.
// Published processor test cards are test values.
import type { Detection } from '../types';
import { TEST_CARDS } from '../fix/testValues';
import { allSameDigits, luhnValid } from './checksums';
import { hasContextAround } from './context';
import { scanNumberRuns } from './numberRuns';
import type { Detector } from './types';
import { hit } from './util';

export const CARD_CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'maestro', 'cc', 'pan', 'jcb', 'diners', 'unionpay', 'payment', 'pay', 'charge', 'cardholder'];

const TEST_CARD_SET = new Set(Object.values(TEST_CARDS).flatMap((byFirst) => Object.values(byFirst).flat()));

/** Issuer (IIN) ranges with the card lengths they issue. */
export function issuerOf(d: string): string | null {
  const len = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (len === 13 || len === 16 || len === 19)) return 'Visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && len === 16) return 'Mastercard';
  if ((p2 === 34 || p2 === 37) && len === 15) return 'American Express';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && len >= 16 && len <= 19) return 'Discover';
  if (p4 >= 3500 && p4 <= 3589 && len >= 16 && len <= 19) return 'JCB';
  if ((p4 === 1800 || p4 === 2131) && len === 15) return 'JCB';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && len >= 14 && len <= 19) return 'Diners Club';
  if (p2 === 62 && len >= 16 && len <= 19) return 'UnionPay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69) || p4 === 604) && len >= 12 && len <= 19) return 'Maestro';
  return null;
}

export function isTestCard(digits: string): boolean {
  return TEST_CARD_SET.has(digits);
}

export const creditCardDetector: Detector = {
  id: 'credit-card',
  entity: 'CREDIT_CARD',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 12,
  description:
    'Payment card numbers (12-19 digits, optionally grouped) that pass the Luhn check and fall in a known issuer range. Published test cards (4111 1111 1111 1111, 4242...) are test values.',
  truePositives: [
    { text: 'My card 4916 8616 9520 8074 is expiring', expect: ['4916 8616 9520 8074'] },
    { text: 'amex 3714 496353 98431 please', expect: ['3714 496353 98431'] },
    { text: 'card number 374153964809029', expect: ['374153964809029'] },
    { text: 'for this card: 676276657811', expect: ['676276657811'] },
  ],
  falsePositives: [
    { text: 'reference 1234567890123456 on the statement' },
    { text: 'use 4111 1111 1111 1111 in the sandbox' },
    { text: 'tracking number 1Z999AA10123456784' },
  ],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const r of scanNumberRuns(text, 12)) {
      const d = r.digits;
      if (d.length > 19 || r.plus || r.ext) continue;
      if (!r.seps.every((s) => s === ' ' || s === '-')) continue;
      if (r.seps.length > 0 && r.seps.some((s) => s !== r.seps[0])) continue;
      if (allSameDigits(d) || !luhnValid(d)) continue;
      const context = hasContextAround(ctx.lower, r.start, r.end, CARD_CONTEXT, 40, 20);
      // an unknown issuer range still counts when card words surround a Luhn-valid 13-19 digit number
      const issuer = issuerOf(d) ?? (context && d.length >= 13 ? 'unknown issuer' : null);
      if (!issuer) continue;
      // 12-digit Maestro numbers and ungrouped unknown layouts need card words nearby
      if (d.length < 13 && !context) continue;
      const test = isTestCard(d);
      const confidence = test ? 0.95 : issuer === 'unknown issuer' ? 0.8 : context ? 0.98 : d.length === 16 || d.length === 15 ? 0.9 : 0.75;
      out.push(hit(creditCardDetector, r.start, r.end, confidence, test ? 'published test card' : `${issuer}, Luhn valid${context ? ', card context' : ''}`, { testValue: test }));
    }
    return out;
  },
};
