// Every built-in detector, in one list. Adding a detector = one module + one line here.
import type { Category, Severity } from '../types';
import type { Detector } from './types';
import { emailDetector } from './email';
import { phoneDetector } from './phone';
import { creditCardDetector } from './creditCard';
import { cardCvvDetector, cardExpiryDetector } from './cardExtras';
import { ibanDetector } from './iban';
import { itinDetector, ssnDetector } from './ssn';
import { ipAddressDetector, macAddressDetector } from './network';
import { streetAddressDetector } from './address';
import { postalCodeDetector } from './postalCode';
import { driverLicenseDetector, passportDetector } from './licences';
import { ageDetector, dateOfBirthDetector } from './dates';
import { abaRoutingDetector, bankAccountDetector, swiftDetector } from './banking';
import { aadhaarDetector, auTfnDetector, caSinDetector, panDetector, ukNhsDetector, ukNinoDetector } from './nationalIds';
import { deaDetector, healthPlanIdDetector, icd10Detector, mbiDetector, mrnDetector, npiDetector } from './phiIds';
import { deviceIdDetector, licensePlateDetector, vinDetector } from './vehicles';
import { apiKeyDetector, passwordDetector, usernameDetector } from './credentials';
import { urlDetector } from './url';
import { personNameDetector } from './names';
import { healthDisclosureDetector, healthTermDetector } from './health';
import { phiLocationDetector } from './phi-location';
import { APP_CODE_RULES } from '../appcode/rules';

export const ALL_DETECTORS: Detector[] = [
  emailDetector,
  phoneDetector,
  creditCardDetector,
  cardCvvDetector,
  cardExpiryDetector,
  ibanDetector,
  ssnDetector,
  itinDetector,
  ipAddressDetector,
  macAddressDetector,
  streetAddressDetector,
  postalCodeDetector,
  driverLicenseDetector,
  passportDetector,
  dateOfBirthDetector,
  ageDetector,
  swiftDetector,
  bankAccountDetector,
  abaRoutingDetector,
  ukNinoDetector,
  ukNhsDetector,
  caSinDetector,
  aadhaarDetector,
  panDetector,
  auTfnDetector,
  mrnDetector,
  healthPlanIdDetector,
  mbiDetector,
  npiDetector,
  deaDetector,
  icd10Detector,
  vinDetector,
  licensePlateDetector,
  deviceIdDetector,
  passwordDetector,
  usernameDetector,
  apiKeyDetector,
  urlDetector,
  personNameDetector, healthTermDetector, healthDisclosureDetector, phiLocationDetector,
];

export interface RuleInfo {
  id: string;
  entity: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  docsUrl: string;
}

const DOCS_BASE = 'https://github.com/assistant-pii-lint/assistant-pii-lint/blob/main/docs/rules.md';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}

/** Rules that come from the file structure or the parser rather than from a text detector. */
export const STRUCTURAL_RULES: Omit<RuleInfo, 'docsUrl'>[] = [
  {
    id: 'unprotected-variable',
    entity: 'UNPROTECTED_VARIABLE',
    category: 'pii',
    defaultSeverity: 'warning',
    description:
      'An action variable or context variable that collects personal data (name, email, phone, account...) is not marked private, so its value is stored in conversation logs.',
  },
  {
    id: 'parse-error',
    entity: 'PARSE_ERROR',
    category: 'pii',
    defaultSeverity: 'error',
    description: 'The file could not be read as the expected format, so parts of it were not checked.',
  },
  // Application code and skill settings: customer-id labelling and learning opt-out (issue 8).
  ...APP_CODE_RULES.map(({ id, entity, category, defaultSeverity, description }) => ({ id, entity, category, defaultSeverity, description })),
];

export function listRules(): RuleInfo[] {
  const rules = [...ALL_DETECTORS, ...STRUCTURAL_RULES].map((d) => ({
    id: d.id,
    entity: d.entity,
    category: d.category,
    defaultSeverity: d.defaultSeverity,
    description: d.description,
    docsUrl: docsUrl(d.id),
  }));
  return rules;
}

export function detectorById(id: string): Detector | undefined {
  return ALL_DETECTORS.find((d) => d.id === id);
}
