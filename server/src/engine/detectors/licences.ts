// Driver's licence and passport numbers: formats vary by issuer, so a cue word is required.
import { cuedDetector, hasDigits } from './cued';

export const driverLicenseDetector = cuedDetector({
  id: 'driver-license',
  entity: 'DRIVER_LICENSE',
  category: 'pii',
  defaultSeverity: 'warning',
  description: "Driver's licence numbers after a cue (driver's license, driving licence, DL#): 5-20 letters/digits with at least 4 digits.",
  cues: ["driver's license", "driver's licence", 'drivers license', 'drivers licence', 'driver license', 'driver licence', 'driving license', 'driving licence', "driver's lic", 'dl', 'dl#', 'license number', 'licence number', 'license no', 'licence no', 'lic no', 'lic#', 'dln', 'permis de conduire', 'führerschein'],
  quickWords: ['driv', 'dl', 'licen', 'lic', 'permis', 'führer'],
  value: /[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,19}/,
  validate: (v) => hasDigits(4)(v) && !/^\d{1,3}$/.test(v),
  minDigits: 4,
  confidence: 0.85,
  truePositives: [
    { text: "my driver's license number is 3381-72-4410", expect: ['3381-72-4410'] },
    { text: 'My driver\'s license number is K204417730092', expect: ['K204417730092'] },
    { text: 'DL# MR448120Q', expect: ['MR448120Q'] },
  ],
  falsePositives: [{ text: 'can I use my driving licence as id' }, { text: 'license number of seats: 4' }],
});

export const passportDetector = cuedDetector({
  id: 'passport',
  entity: 'PASSPORT',
  category: 'pii',
  defaultSeverity: 'warning',
  description: 'Passport numbers after a cue word (passport, passport no.): 6-9 letters/digits with at least 5 digits.',
  cues: ['passport', 'passport number', 'passport no', 'passport #', 'passport id', 'reisepass', 'passeport', 'pasaporte'],
  quickWords: ['passport', 'reisepass', 'passeport', 'pasaporte'],
  value: /[A-Z]{0,2}\d{5,9}[A-Z]?|[A-Z0-9]{6,9}/,
  validate: hasDigits(5),
  minDigits: 5,
  confidence: 0.85,
  truePositives: [
    { text: 'my passport number is 533380006', expect: ['533380006'] },
    { text: 'Passport: C03005988', expect: ['C03005988'] },
  ],
  falsePositives: [{ text: 'I lost my passport yesterday' }, { text: 'passport photos cost 15 dollars' }],
});
