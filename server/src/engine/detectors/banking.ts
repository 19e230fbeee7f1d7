// Bank identifiers that need context: SWIFT/BIC codes, bank account numbers and ABA routing numbers
// (3-7-1 checksum). Amounts, years and card words in banking chat are the hard negatives here.
import { abaValid, allSameDigits } from './checksums';
import { cuedDetector } from './cued';

export const swiftDetector = cuedDetector({
  id: 'swift-bic',
  entity: 'SWIFT_CODE',
  category: 'pii',
  defaultSeverity: 'info',
  description: 'SWIFT/BIC codes after a cue (SWIFT, BIC): 4-letter bank, 2-letter country, 2-character location, optional branch. A BIC names a bank branch, so it is info unless configured otherwise.',
  cues: ['swift', 'bic', 'swift code', 'swift/bic', 'bic code', 'bic/swift'],
  quickWords: ['swift', 'bic'],
  value: /[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?/,
  caseSensitive: true,
  minDigits: 0,
  confidence: 0.85,
  truePositives: [{ text: 'SWIFT code: DEUTDEFF500', expect: ['DEUTDEFF500'] }],
  falsePositives: [{ text: 'what is a swift code' }, { text: 'swift transfer to my account' }],
});

export const bankAccountDetector = cuedDetector({
  id: 'bank-account',
  entity: 'BANK_ACCOUNT',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Bank account numbers after an account cue ("account number 12345678", "acct #"): 6-17 digits, not all the same digit.',
  cues: ['account number', 'account no', 'account #', 'acct', 'acct no', 'acct #', 'a/c', 'account', 'checking account', 'savings account', 'bank account', 'kontonummer', 'numéro de compte'],
  quickWords: ['acc', 'acct', 'a/c', 'konto', 'compte'],
  value: /\d{6,17}|\d{2,6}(?:[- ]\d{2,8}){1,3}/,
  validate: (v) => {
    const d = v.replace(/\D/g, '');
    return d.length >= 6 && d.length <= 17 && !allSameDigits(d);
  },
  minDigits: 6,
  maxGap: 22,
  confidence: 0.8,
  truePositives: [
    { text: 'my account number is 000123456789', expect: ['000123456789'] },
    { text: 'acct # 4401-223344', expect: ['4401-223344'] },
  ],
  falsePositives: [{ text: 'I have 2 accounts with 3000 in savings' }, { text: 'my account was charged 150 twice' }],
});

export const abaRoutingDetector = cuedDetector({
  id: 'aba-routing',
  entity: 'ABA_ROUTING',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'US ABA routing numbers after a cue (routing, ABA, RTN): nine digits with a valid Federal Reserve prefix and 3-7-1 checksum.',
  cues: ['routing', 'routing number', 'aba', 'aba number', 'rtn', 'routing transit number', 'transit number'],
  quickWords: ['routing', 'aba', 'rtn', 'transit'],
  value: /\d{9}/,
  validate: abaValid,
  minDigits: 9,
  minDigitRun: 9,
  confidence: 0.9,
  truePositives: [{ text: 'routing number 021000021', expect: ['021000021'] }],
  falsePositives: [{ text: 'routing number 123456789' }, { text: 'what is my routing number' }],
});
