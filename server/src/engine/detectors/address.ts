// Street addresses: US-style (number, street, type, unit, city/state/ZIP), European and other layouts
// (street-type prefixes and compound endings in many languages), PO and military boxes, and places written
// after an address cue ("lives at", "address is", "sent to"). Multi-line blocks are reported as one finding.
import type { Detection } from '../types';
import { findAddresses } from './address/scan';
import { F_HASH, F_NEWLINE } from './textFacts';
import type { Detector } from './types';
import { hit } from './util';
import { W_ADDRESS, W_ADDRESS_CUE, wordClasses } from './wordClasses';


const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * "Kase 18 # 20": a '#' unit between two numbers (the one unit designator that is not a word). Reads '#', digits
 * and white space only: the same answer on a text and its lower case.
 */
function numberSignUnit(lower: string): boolean {
  for (let i = lower.indexOf('#'); i >= 0; i = lower.indexOf('#', i + 1)) {
    let b = i - 1;
    while (b >= 0 && lower.charCodeAt(b) <= 32) b--;
    let a = i + 1;
    while (a < lower.length && (lower.charCodeAt(a) <= 32 || lower.charCodeAt(a) === 35)) a++;
    if (b >= 0 && isDigit(lower.charCodeAt(b)) && a < lower.length && isDigit(lower.charCodeAt(a))) return true;
  }
  return false;
}

const SAMPLE_STREET = /\b(?:example|sample|test|fake|fictional|placeholder|dummy|anytown|anystreet)\b/i;

export const streetAddressDetector: Detector = {
  id: 'street-address',
  entity: 'STREET_ADDRESS',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 1,
  description:
    'Street addresses: house number and street type (24 Clarke Avenue), street prefixes and compound names in many languages (Rue ..., ul. ..., Genterstrasse 49), PO/military boxes, and places after an address cue; continues over units, city, region, postal code and country lines.',
  truePositives: [
    { text: 'please update my address to 1600 Pennsylvania Ave NW, Washington, DC 20500', expect: ['1600 Pennsylvania Ave NW, Washington, DC 20500'] },
    { text: 'The bakery is on Hollandervej 41', expect: ['Hollandervej 41'] },
    { text: 'send it to 87 Maple Grove Avenue\nApt. 12\nSpringfield, IL 62704 thanks', expect: ['87 Maple Grove Avenue\nApt. 12\nSpringfield, IL 62704'] },
    { text: 'ship to PSC 4102, Box 7713\nAPO AE 09012', expect: ['PSC 4102, Box 7713\nAPO AE 09012'] },
    { text: 'I live at Rua das Laranjeiras 218', expect: ['Rua das Laranjeiras 218'] },
  ],
  falsePositives: [
    { text: 'I need 2 new cards delivered to my house' },
    { text: 'the transfer arrived at 5 pm on Monday' },
    { text: 'my card will arrive in 3 working days' },
    { text: 'I moved to Spain 2 years ago and need to change my address' },
    { text: 'is there a fee for withdrawals over 200 at the ATM' },
  ],
  // every address core holds a street, unit, box or address word, an address cue with a number after it, or spans
  // lines: one word-hash scan (shared with the other place detectors) rules out the rest
  quickCheck: (lower) => (wordClasses(lower) & (W_ADDRESS | W_ADDRESS_CUE)) !== 0 || lower.includes('\n') || numberSignUnit(lower),
  // the same from the runner's pass (an ASCII text): its word classes, and its facts say whether a line break or a
  // '#' occurs at all (no lower case, no search of the text for most texts)
  quickCheckWords: (_words, text, _lower, classes, facts) =>
    classes === undefined || (classes & (W_ADDRESS | W_ADDRESS_CUE)) !== 0 ||
    (((facts ?? F_NEWLINE) & F_NEWLINE) !== 0 && text.includes('\n')) || (((facts ?? F_HASH) & F_HASH) !== 0 && numberSignUnit(text)),
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const h of findAddresses(text, ctx.lower)) {
      // "42 Example Street": addresses written as samples (and the ones our fixer writes) are test values
      const test = SAMPLE_STREET.test(text.slice(h.start, h.end));
      // a street without a house number names a place more than a person's address: info
      out.push(hit(streetAddressDetector, h.start, h.end, h.confidence, test ? 'sample street name' : h.reason, { testValue: test, severity: h.confidence < 0.7 ? 'info' : undefined }));
    }
    return out;
  },
};
