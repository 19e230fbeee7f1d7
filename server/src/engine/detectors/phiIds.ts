// Health identifiers (PHI): medical record numbers, health-plan member ids, Medicare beneficiary ids (MBI),
// NPI (Luhn over 80840 + number), DEA registration numbers (check digit), ICD-10 diagnosis codes.
import type { Detection } from '../types';
import { allSameDigits, luhnValid } from './checksums';
import { hasContextAround } from './context';
import { cuedDetector, hasDigits } from './cued';
import type { Detector } from './types';
import { hit, matches } from './util';

// Cue lists are module constants: the context helpers compile and cache per list identity.
const MBI_CUES = ['medicare', 'mbi', 'beneficiary', 'cms', 'medicare number', 'hicn'];
const NPI_CUES = ['npi', 'provider', 'prescriber', 'national provider'];
const DEA_CUES = ['dea', 'prescriber', 'registration'];
const ICD_CUES = ['icd', 'icd-10', 'icd10', 'diagnosis', 'diagnosed', 'dx', 'diagnosis code', 'condition code'];

export const mrnDetector = cuedDetector({
  id: 'mrn',
  entity: 'MEDICAL_RECORD_NUMBER',
  category: 'phi',
  defaultSeverity: 'error',
  description: 'Medical record numbers after a cue (MRN, medical record, chart number, patient id): 4-15 letters/digits with at least 4 digits.',
  cues: ['mrn', 'medical record', 'medical record number', 'med rec', 'chart number', 'chart no', 'patient id', 'patient number', 'hospital number', 'case number', 'record number', 'unit number'],
  quickWords: ['mrn', 'medical', 'med rec', 'chart', 'patient', 'hospital', 'case', 'record', 'unit number'],
  value: /[A-Z]{0,3}-?\d{4,12}(?:-\d{1,4})?|[A-Z0-9]{5,15}/,
  validate: (v) => hasDigits(5)(v),
  minDigits: 5,
  confidence: 0.9,
  truePositives: [{ text: 'MRN: 00123456', expect: ['00123456'] }, { text: 'medical record number is AB-1234567', expect: ['AB-1234567'] }],
  falsePositives: [{ text: 'where can I find my medical record' }, { text: 'record number of 2020 sales' }],
});

export const healthPlanIdDetector = cuedDetector({
  id: 'health-plan-id',
  entity: 'HEALTH_PLAN_ID',
  category: 'phi',
  defaultSeverity: 'error',
  description: 'Health-plan member, subscriber, beneficiary and policy ids after a cue (member id, insurance id, policy number, group number, subscriber id).',
  cues: ['member id', 'member number', 'member #', 'membership number', 'subscriber id', 'subscriber number', 'insurance id', 'insurance number', 'policy number', 'policy no', 'policy #', 'beneficiary id', 'beneficiary number', 'group number', 'plan id', 'health plan', 'medicaid', 'medicaid id', 'medicaid number', 'insurance card'],
  quickWords: ['member', 'subscriber', 'insurance', 'policy', 'beneficiary', 'group', 'plan', 'medicaid'],
  value: /[A-Z]{0,4}\d[A-Z0-9-]{4,19}/,
  validate: hasDigits(5),
  minDigits: 5,
  confidence: 0.85,
  truePositives: [{ text: 'my member ID is XYZ123456789', expect: ['XYZ123456789'] }, { text: 'policy number 4420019876', expect: ['4420019876'] }],
  falsePositives: [{ text: 'how do I find my member id' }, { text: 'policy number of days: 30' }],
});

// MBI: 11 characters, positions C A AN N A AN N A A N N (C = 1-9; A = letters except S L O I B Z)
const MBI = /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;

export const mbiDetector: Detector = {
  id: 'us-mbi',
  entity: 'US_MBI',
  category: 'phi',
  defaultSeverity: 'error',
  minDigits: 5,
  // one 11-character word, or 4 + 7 / 7 + 4 / 4 + 3 + 4 characters between dashes
  mixedWordLengths: [4, 7, 11],
  description: 'Medicare Beneficiary Identifiers (11 characters in the CMS position rules, e.g. 1EG4-TE5-MK73).',
  truePositives: [{ text: 'Medicare number 1EG4-TE5-MK73', expect: ['1EG4-TE5-MK73'] }],
  falsePositives: [{ text: 'order 1SG4TE5MK73 shipped' }],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(MBI, text.toUpperCase())) {
      const cue = hasContextAround(ctx.lower, m.index, m.index + m[0].length, MBI_CUES, 40, 20);
      out.push(hit(mbiDetector, m.index, m.index + m[0].length, cue ? 0.97 : 0.8, cue ? 'MBI layout, Medicare cue' : 'MBI layout'));
    }
    return out;
  },
};

export function npiValid(d: string): boolean {
  return /^[12]\d{9}$/.test(d) && luhnValid('80840' + d);
}

export const npiDetector: Detector = {
  id: 'us-npi',
  entity: 'US_NPI',
  category: 'phi',
  defaultSeverity: 'warning',
  minDigits: 10,
  minDigitRun: 10,
  description: 'US National Provider Identifiers: ten digits starting 1 or 2, Luhn-valid with the 80840 prefix, next to an NPI/provider cue.',
  truePositives: [{ text: 'provider NPI 1234567893', expect: ['1234567893'] }],
  falsePositives: [{ text: 'NPI 1234567890' }, { text: 'call 1234567893' }],
  triggers: ['npi', 'provider', 'prescriber'],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(/\b\d{10}\b/g, text)) {
      if (!npiValid(m[0]) || allSameDigits(m[0])) continue;
      if (!hasContextAround(ctx.lower, m.index, m.index + 10, NPI_CUES, 40, 20)) continue;
      out.push(hit(npiDetector, m.index, m.index + 10, 0.95, 'NPI checksum, provider cue'));
    }
    return out;
  },
};

export function deaValid(v: string): boolean {
  const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})$/i.exec(v);
  if (!m) return false;
  const d = m[1].split('').map(Number);
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return check === d[6];
}

export const deaDetector: Detector = {
  id: 'us-dea',
  entity: 'US_DEA',
  category: 'phi',
  defaultSeverity: 'warning',
  minDigits: 7,
  minDigitRun: 7,
  mixedWordLengths: [9],
  description: 'DEA registration numbers: two letters and seven digits with a valid check digit.',
  truePositives: [{ text: 'DEA# AB1234563', expect: ['AB1234563'] }],
  falsePositives: [{ text: 'ref AB1234567' }],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(/\b[A-Z][A-Z9]\d{7}\b/gi, text)) {
      if (!deaValid(m[0])) continue;
      const cue = hasContextAround(ctx.lower, m.index, m.index + 9, DEA_CUES, 30, 15);
      out.push(hit(deaDetector, m.index, m.index + 9, cue ? 0.95 : 0.75, cue ? 'DEA check digit, cue' : 'DEA check digit', { severity: cue ? undefined : 'info' }));
    }
    return out;
  },
};

const ICD10 = /\b[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b/g;

export const icd10Detector: Detector = {
  id: 'icd10-code',
  entity: 'ICD10_CODE',
  category: 'phi',
  defaultSeverity: 'info',
  minDigits: 2,
  // the code's head is one three-character word (E11, F32)
  mixedWordLengths: [3],
  description: 'ICD-10 diagnosis codes (E11.9, F32.A) next to a diagnosis cue: health information, info alone; a person or identifier in the same text makes it PHI.',
  truePositives: [{ text: 'diagnosis code E11.9 on the claim', expect: ['E11.9'] }],
  falsePositives: [{ text: 'flight B12 leaves at 9' }],
  triggers: ['icd', 'diagnos', 'dx', 'code', 'condition'],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(ICD10, text)) {
      if (!hasContextAround(ctx.lower, m.index, m.index + m[0].length, ICD_CUES, 30, 15)) continue;
      out.push(hit(icd10Detector, m.index, m.index + m[0].length, 0.85, 'ICD-10 layout, diagnosis cue'));
    }
    return out;
  },
};
