// Vehicle and device identifiers: VINs (ISO 3779 check digit), licence plates and device serials/IMEIs after
// a cue (IMEIs are Luhn-checked).
import type { Detection } from '../types';
import { luhnValid } from './checksums';
import { cuedDetector } from './cued';
import type { Detector } from './types';
import { hit, matches } from './util';

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function vinValid(vin: string): boolean {
  const v = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v) || !/\d/.test(v) || !/[A-Z]/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    const n = c >= '0' && c <= '9' ? Number(c) : VIN_VALUES[c];
    sum += n * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}

export const vinDetector: Detector = {
  id: 'vin',
  entity: 'VIN',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 4,
  mixedWordLengths: [17],
  description: 'Vehicle identification numbers: 17 characters (no I, O, Q) with a valid ISO 3779 check digit.',
  truePositives: [{ text: 'my VIN is 1M8GDM9AXKP042788', expect: ['1M8GDM9AXKP042788'] }],
  falsePositives: [{ text: 'VIN 1M8GDM9A1KP042788' }],
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(/\b[A-HJ-NPR-Z0-9]{17}\b/gi, text)) {
      if (vinValid(m[0])) out.push(hit(vinDetector, m.index, m.index + 17, 0.9, 'VIN check digit'));
    }
    return out;
  },
};

export const licensePlateDetector = cuedDetector({
  id: 'license-plate',
  entity: 'LICENSE_PLATE',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Licence plates after a cue (plate, registration, reg no, tag number): 2-10 letters/digits with at least one digit.',
  cues: ['license plate', 'licence plate', 'plate number', 'plate no', 'plate', 'registration number', 'reg no', 'reg number', 'registration plate', 'number plate', 'tag number', 'kennzeichen', 'matrícula', 'immatriculation'],
  quickWords: ['plate', 'registration', 'reg', 'tag', 'kennzeichen', 'matr', 'immatric'],
  value: /[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4})?/,
  validate: (v) => /\d/.test(v) && /[A-Z]/i.test(v) && v.replace(/[^A-Z0-9]/gi, '').length >= 4,
  minDigits: 1,
  confidence: 0.8,
  truePositives: [{ text: 'my license plate is 7ABC123', expect: ['7ABC123'] }, { text: 'reg no AB12 CDE', expect: ['AB12 CDE'] }],
  falsePositives: [{ text: 'how do I change my registration' }, { text: 'plate number 4 is broken' }],
});

export const deviceIdDetector: Detector = {
  id: 'device-id',
  entity: 'DEVICE_ID',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 3,
  description: 'Device identifiers: IMEIs (15 digits, Luhn) and serial numbers after a cue (serial number, S/N, IMEI, device id, MEID).',
  truePositives: [{ text: 'IMEI 490154203237518', expect: ['490154203237518'] }, { text: 'serial number C02XK0ABJG5J', expect: ['C02XK0ABJG5J'] }],
  falsePositives: [{ text: 'IMEI 490154203237519' }, { text: 'where is the serial number' }],
  triggers: ['imei', 'meid', 'serial', 's/n', 'device id', 'udid', 'esn'],
  detect(text, ctx) {
    const out: Detection[] = [];
    for (const m of matches(/\b\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d\b/g, text)) {
      const d = m[0].replace(/\D/g, '');
      if (d.length === 15 && luhnValid(d) && /imei/.test(ctx.lower)) out.push(hit(deviceIdDetector, m.index, m.index + m[0].length, 0.95, 'IMEI, Luhn valid'));
    }
    for (const d of serialDetector.detect(text, ctx)) if (!out.some((o) => o.start === d.start)) out.push({ ...d, detectorId: 'device-id' });
    return out;
  },
};

const serialDetector = cuedDetector({
  id: 'device-id',
  entity: 'DEVICE_ID',
  category: 'pii',
  defaultSeverity: 'warning',
  description: '',
  cues: ['serial number', 'serial no', 'serial', 's/n', 'device id', 'udid', 'meid', 'esn'],
  value: /[A-Z0-9][A-Z0-9-]{5,24}/,
  validate: (v) => /\d/.test(v) && v.replace(/\D/g, '').length >= 3,
  minDigits: 3,
  confidence: 0.8,
  truePositives: [],
  falsePositives: [],
});
