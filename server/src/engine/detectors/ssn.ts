// US Social Security numbers and ITINs. Structure: AAA-GG-SSSS with one consistent delimiter; SSN areas
// 000, 666 and 900-999 are never issued; ITINs are 9XX with group 50-65, 70-88, 90-92 or 94-99. Group 00 and
// serial 0000 never occur. Bare nine digits need a cue word. 987-65-4320..4329 (advertising) and famous
// invalid samples are test values.
import type { Detection } from '../types';
import { allSameDigits, isSequential } from './checksums';
import { hasContextAround } from './context';
import { F_SSN_LAYOUT } from './textFacts';
import type { Detector } from './types';
import { hit, matches } from './util';

const SSN_SHAPE = /\b(\d{3})([- ]?)(\d{2})\2(\d{4})\b/g;
export const SSN_CONTEXT = ['ssn', 'ssns', 'social security', 'social security number', 'social', 'ss#', 'ss #', 'ss no', 'tax id', 'taxpayer', 'itin', 'tin', 'social sec'];
const TEST_SSNS = new Set(['078051120', '219099999', '123456789', '111223333']);

export function ssnKind(d: string): 'ssn' | 'itin' | null {
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  if (group === 0 || serial === 0 || allSameDigits(d)) return null;
  if (area >= 900) {
    const itinGroup = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
    return itinGroup ? 'itin' : null;
  }
  if (area === 0 || area === 666) return null;
  return 'ssn';
}

function isTestSsn(d: string): boolean {
  return TEST_SSNS.has(d) || (d.startsWith('98765432') && d.length === 9);
}

function detectSsnLike(text: string, lower: string, want: 'ssn' | 'itin', self: Detector): Detection[] {
  const out: Detection[] = [];
  for (const m of matches(SSN_SHAPE, text)) {
    const d = m[1] + m[3] + m[4];
    const prev = text[m.index - 1];
    const next = text[m.index + m[0].length];
    if (prev === '-' || prev === '.' || prev === '/' || next === '-' || (next === '.' && /\d/.test(text[m.index + m[0].length + 1] ?? ''))) continue;
    const test = isTestSsn(d);
    const kind = test && d.startsWith('987') ? 'ssn' : ssnKind(d);
    if (kind !== want) continue;
    const context = hasContextAround(lower, m.index, m.index + m[0].length, SSN_CONTEXT, 40, 25);
    const delimited = m[2] !== '';
    if (!delimited && !context) continue;
    if (!test && isSequential(d) && !context) continue;
    const confidence = test ? 0.9 : delimited ? (context ? 0.99 : m[2] === '-' ? 0.9 : 0.7) : 0.85;
    const severity = !test && confidence < 0.8 ? 'warning' : undefined;
    out.push(hit(self, m.index, m.index + m[0].length, confidence, test ? 'known sample number' : `${want.toUpperCase()} structure${context ? ', cue word' : ''}`, { testValue: test, severity }));
  }
  return out;
}

export const ssnDetector: Detector = {
  id: 'us-ssn',
  entity: 'US_SSN',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 9,
  minDigitRun: 4,
  anyFacts: F_SSN_LAYOUT,
  description:
    'US Social Security numbers (AAA-GG-SSSS; area not 000, 666 or 9xx; group and serial not zero; one consistent delimiter). Undelimited nine digits need a cue word such as SSN.',
  truePositives: [
    { text: "Here's my SSN: 512-38-4417", expect: ['512-38-4417'] },
    { text: 'social security number 512384417', expect: ['512384417'] },
    { text: 'it is 047 22 5190 ok', expect: ['047 22 5190'] },
  ],
  falsePositives: [
    { text: 'my ssn is 666-12-3456' },
    { text: 'number 512-38 4417 mixed' },
    { text: 'order 512384417 shipped' },
    { text: 'ssn 000-12-3456' },
    { text: 'example ssn 987-65-4321' },
  ],
  detect: (text, ctx) => detectSsnLike(text, ctx.lower, 'ssn', ssnDetector),
};

export const itinDetector: Detector = {
  id: 'us-itin',
  entity: 'US_ITIN',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 9,
  minDigitRun: 4,
  anyFacts: F_SSN_LAYOUT,
  description: 'US individual taxpayer identification numbers (9XX-GG-SSSS with ITIN group ranges 50-65, 70-88, 90-92, 94-99).',
  truePositives: [{ text: 'my ITIN is 912-70-1234', expect: ['912-70-1234'] }],
  falsePositives: [{ text: 'itin 912-40-1234' }, { text: 'call 900 12 3456' }],
  detect: (text, ctx) => detectSsnLike(text, ctx.lower, 'itin', itinDetector),
};
