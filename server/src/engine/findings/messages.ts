// Finding messages name the entity and where it sits: "Email address in an example of intent #update_contact".
import type { Role } from '../types';

const ENTITY_LABELS: Record<string, string> = {
  PERSON: 'Person name',
  EMAIL_ADDRESS: 'Email address',
  PHONE_NUMBER: 'Phone number',
  STREET_ADDRESS: 'Street address',
  POSTAL_CODE: 'Postal code',
  DATE_OF_BIRTH: 'Date of birth',
  DATE: 'Date tied to a person',
  AGE: 'Age over 89',
  US_SSN: 'US Social Security number',
  US_ITIN: 'US taxpayer id (ITIN)',
  PASSPORT: 'Passport number',
  DRIVER_LICENSE: "Driver's licence number",
  CREDIT_CARD: 'Payment card number',
  CARD_CVV: 'Card security code',
  CARD_EXPIRY: 'Card expiry date',
  IBAN_CODE: 'IBAN',
  SWIFT_CODE: 'SWIFT/BIC code',
  BANK_ACCOUNT: 'Bank account number',
  ABA_ROUTING: 'ABA routing number',
  IP_ADDRESS: 'IP address',
  MAC_ADDRESS: 'MAC address',
  URL: 'URL with personal data',
  USERNAME: 'Username',
  PASSWORD: 'Password',
  API_KEY: 'API key or secret',
  VIN: 'Vehicle identification number',
  LICENSE_PLATE: 'Licence plate',
  DEVICE_ID: 'Device identifier',
  UK_NINO: 'UK National Insurance number',
  UK_NHS: 'UK NHS number',
  CA_SIN: 'Canadian Social Insurance number',
  IN_AADHAAR: 'Aadhaar number',
  IN_PAN: 'Indian PAN',
  AU_TFN: 'Australian tax file number',
  MEDICAL_RECORD_NUMBER: 'Medical record number',
  HEALTH_PLAN_ID: 'Health plan member id',
  US_MBI: 'Medicare beneficiary id',
  US_NPI: 'NPI number',
  US_DEA: 'DEA number',
  ICD10_CODE: 'ICD-10 diagnosis code',
  HEALTH_TERM: 'Health information',
  HEALTH_DISCLOSURE: 'Health information about a person',
  LOCATION: 'Location',
  UNPROTECTED_VARIABLE: 'Unprotected variable',
  CUSTOM: 'Custom identifier',
};

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity.toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const ROLE_PHRASES: Record<Role, string> = {
  'skill-name': 'the skill name',
  'skill-description': 'the skill description',
  'intent-name': 'an intent name',
  'intent-description': 'an intent description',
  'intent-example': 'an example',
  counterexample: 'a counterexample',
  'entity-name': 'an entity name',
  'entity-value': 'an entity value',
  synonym: 'a synonym',
  pattern: 'a pattern',
  'dialog-title': 'a dialog node title',
  'dialog-response': 'a dialog response',
  'context-value': 'a context value',
  'action-title': 'an action title',
  'action-phrase': 'an example phrase',
  'step-text': 'a step',
  'variable-value': 'a variable value',
  'variable-title': 'a variable title',
  'variable-description': 'a variable description',
  utterance: 'an utterance',
  'log-input': 'a logged user message',
  'log-output': 'a logged assistant response',
};

/** "in an example of intent #update_contact", "in an utterance", "in a pattern of entity @phone". */
export function locationPhrase(role: Role | undefined, owner?: string, path?: string): string {
  if (!role) return path ? `in ${path}` : 'in the text';
  const base = ROLE_PHRASES[role] ?? 'a text';
  if (owner) {
    const ownerLabel = /^[#@$]/.test(owner)
      ? owner
      : role === 'intent-example' || role === 'intent-name' || role === 'intent-description'
        ? `intent #${owner}`
        : role === 'entity-value' || role === 'synonym' || role === 'pattern' || role === 'entity-name'
          ? `entity @${owner}`
          : role === 'action-phrase' || role === 'action-title' || role === 'step-text'
            ? `action ${owner}`
            : owner;
    return `in ${base} of ${ownerLabel}`;
  }
  return `in ${base}`;
}

export function findingMessage(entity: string, role: Role | undefined, owner?: string, path?: string, testValue?: boolean): string {
  const msg = `${entityLabel(entity)} ${locationPhrase(role, owner, path)}`;
  return testValue ? `${msg} (looks like a test value)` : msg;
}
