// National identifiers whose structure or checksum makes them reliable: UK NINO, UK NHS (mod 11), Canadian SIN
// (Luhn), Indian Aadhaar (Verhoeff) and PAN, Australian TFN (weighted mod 11).
import type { Detection } from '../types';
import { allSameDigits, luhnValid, nhsMod11Valid, verhoeffValid } from './checksums';
import { hasContextAround } from './context';
import { F_LETTERS2_DIGIT } from './textFacts';
import type { Detector } from './types';
import { hit, matches } from './util';

type Head = Pick<Detector, 'id' | 'entity' | 'category' | 'defaultSeverity'>;

/**
 * Regex candidates + validator + optional context; a context-less match is kept only when `needsContext` is false
 * (then the context words are also the detector's triggers: without one nothing is reported).
 */
function structured(
  head: Head & Pick<Detector, 'description' | 'truePositives' | 'falsePositives'>,
  re: RegExp,
  validate: (value: string) => boolean,
  context: string[],
  opts: { needsContext?: boolean; minDigits?: number; testValue?: (v: string) => boolean } & Pick<Detector, 'minDigitRun' | 'anyFacts' | 'mixedWordLengths'> = {},
): Detector {
  const self: Detector = {
    ...head,
    minDigits: opts.minDigits ?? 6,
    minDigitRun: opts.minDigitRun,
    anyFacts: opts.anyFacts,
    mixedWordLengths: opts.mixedWordLengths,
    triggers: opts.needsContext ? context : undefined,
    detect(text, ctx) {
      const out: Detection[] = [];
      for (const m of matches(re, text)) {
        const v = m[0];
        if (!validate(v)) continue;
        const cue = context.length > 0 && hasContextAround(ctx.lower, m.index, m.index + v.length, context, 40, 20);
        if (opts.needsContext && !cue) continue;
        const test = opts.testValue?.(v) ?? false;
        out.push(hit(self, m.index, m.index + v.length, cue ? 0.95 : 0.8, test ? 'reserved test value' : cue ? 'valid checksum, cue word' : 'valid structure', { testValue: test }));
      }
      return out;
    },
  };
  return self;
}

const digits = (v: string) => v.replace(/\D/g, '');

export const ukNinoDetector = structured(
  {
    id: 'uk-nino',
    entity: 'UK_NINO',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'UK National Insurance numbers (two letters, six digits, suffix A-D) with the HMRC prefix rules; prefix QQ is a test value.',
    truePositives: [{ text: 'NI number AB 12 34 56 C', expect: ['AB 12 34 56 C'] }],
    falsePositives: [{ text: 'code DQ123456A is not valid' }],
  },
  /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
  (v) => !/^(BG|GB|NK|KN|TN|NT|ZZ)/i.test(v.replace(/\s/g, '')),
  ['national insurance', 'ni number', 'nino', 'ni no', 'insurance number'],
  // two letters right before the digits, or a two-letter word, a space and the digits
  { testValue: (v) => /^qq/i.test(v), anyFacts: F_LETTERS2_DIGIT, minDigitRun: 2 },
);

export const ukNhsDetector = structured(
  {
    id: 'uk-nhs',
    entity: 'UK_NHS',
    category: 'phi',
    defaultSeverity: 'error',
    description: 'UK NHS numbers: ten digits (3-3-4) with a valid mod-11 check digit, next to an NHS cue.',
    truePositives: [{ text: 'my NHS number is 943 476 5919', expect: ['943 476 5919'] }],
    falsePositives: [{ text: 'NHS number 943 476 5918' }, { text: 'call 943 476 5919' }],
  },
  /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
  (v) => nhsMod11Valid(digits(v)) && !allSameDigits(digits(v)),
  ['nhs', 'nhs number', 'nhs no', 'health service', 'chi number'],
  { needsContext: true, minDigits: 10, minDigitRun: 4 },
);

export const caSinDetector = structured(
  {
    id: 'ca-sin',
    entity: 'CA_SIN',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'Canadian Social Insurance Numbers: nine digits (3-3-3), Luhn-valid, next to a SIN cue.',
    truePositives: [{ text: 'my SIN is 130 692 544', expect: ['130 692 544'] }],
    falsePositives: [{ text: 'SIN 130 692 545' }],
  },
  /\b\d{3}[ -]?\d{3}[ -]?\d{3}\b/g,
  (v) => luhnValid(digits(v)) && !/^[08]/.test(digits(v)),
  ['sin', 'social insurance', 'social insurance number', 'nas', "numéro d'assurance sociale"],
  { needsContext: true, minDigits: 9, minDigitRun: 3 },
);

export const aadhaarDetector = structured(
  {
    id: 'in-aadhaar',
    entity: 'IN_AADHAAR',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'Indian Aadhaar numbers: twelve digits (4-4-4) not starting with 0 or 1, Verhoeff-valid, next to an Aadhaar/UID cue.',
    truePositives: [{ text: 'aadhaar 2341 2341 2346', expect: ['2341 2341 2346'] }],
    falsePositives: [{ text: 'aadhaar 2341 2341 2345' }],
  },
  /\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b/g,
  (v) => verhoeffValid(digits(v)),
  ['aadhaar', 'aadhar', 'uid', 'uidai', 'adhaar'],
  { needsContext: true, minDigits: 12, minDigitRun: 4 },
);

export const panDetector = structured(
  {
    id: 'in-pan',
    entity: 'IN_PAN',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'Indian Permanent Account Numbers: five letters (fourth is the holder type), four digits, a letter.',
    truePositives: [{ text: 'PAN: ABCPE1234F', expect: ['ABCPE1234F'] }],
    falsePositives: [{ text: 'code ABCDE1234F' }],
  },
  /\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b/g,
  () => true,
  ['pan', 'pan card', 'permanent account number', 'income tax'],
  { minDigits: 4, minDigitRun: 4, mixedWordLengths: [10] },
);

function tfnValid(v: string): boolean {
  const d = digits(v);
  if (d.length !== 9 || allSameDigits(d)) return false;
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * w[i];
  return sum % 11 === 0;
}

export const auTfnDetector = structured(
  {
    id: 'au-tfn',
    entity: 'AU_TFN',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'Australian tax file numbers: nine digits with the ATO weighted mod-11 check, next to a TFN cue.',
    truePositives: [{ text: 'my TFN is 123 456 782', expect: ['123 456 782'] }],
    falsePositives: [{ text: 'TFN 123 456 789' }],
  },
  /\b\d{3}[ -]?\d{3}[ -]?\d{3}\b/g,
  tfnValid,
  ['tfn', 'tax file number', 'tax file no'],
  { needsContext: true, minDigits: 9, minDigitRun: 3 },
);
