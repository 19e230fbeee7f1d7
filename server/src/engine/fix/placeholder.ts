// Placeholder and mask replacements: readable tags such as [EMAIL], or `*` of the same length.

const LABELS: Record<string, string> = {
  PERSON: 'NAME',
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  STREET_ADDRESS: 'ADDRESS',
  DATE_OF_BIRTH: 'DATE_OF_BIRTH',
  US_SSN: 'SSN',
  US_ITIN: 'ITIN',
  CREDIT_CARD: 'CARD_NUMBER',
  CARD_CVV: 'CVV',
  IBAN_CODE: 'IBAN',
  SWIFT_CODE: 'SWIFT',
  ABA_ROUTING: 'ROUTING_NUMBER',
  DRIVER_LICENSE: 'DRIVER_LICENSE',
  MEDICAL_RECORD_NUMBER: 'MRN',
  HEALTH_PLAN_ID: 'MEMBER_ID',
  US_MBI: 'MBI',
  US_NPI: 'NPI',
  US_DEA: 'DEA',
  ICD10_CODE: 'DIAGNOSIS_CODE',
  HEALTH_TERM: 'HEALTH_INFO',
  HEALTH_DISCLOSURE: 'HEALTH_INFO',
  UK_NINO: 'NINO',
  UK_NHS: 'NHS_NUMBER',
  CA_SIN: 'SIN',
  IN_AADHAAR: 'AADHAAR',
  IN_PAN: 'PAN',
  AU_TFN: 'TFN',
};

/** A readable placeholder for an entity type, e.g. `[EMAIL]` for EMAIL_ADDRESS. */
export function placeholderFor(entity: string): string {
  return `[${LABELS[entity] ?? entity}]`;
}

/** `*` for every character of the value (code points), so the text keeps its length and stays valid in any encoding. */
export function maskValue(value: string): string {
  let n = 0;
  for (const _ of value) n++;
  return '*'.repeat(n);
}
