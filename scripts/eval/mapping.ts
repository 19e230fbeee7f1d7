// Corpus labels -> eval classes, and our entity types -> eval classes. Documented in scripts/eval/README.md.

/** Our entity types grouped into the classes the corpora label. */
export const ENTITY_CLASS: Record<string, string> = {
  PERSON: 'PERSON',
  STREET_ADDRESS: 'ADDRESS',
  POSTAL_CODE: 'ADDRESS',
  LOCATION: 'LOCATION',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  DRIVER_LICENSE: 'DRIVER_LICENSE',
  DATE_OF_BIRTH: 'DATE',
  DATE: 'DATE',
  AGE: 'AGE',
};

/** Health information (not an identifier) is not labelled in any corpus: those findings are not scored. */
const UNSCORED_ENTITIES = new Set(['HEALTH_TERM', 'HEALTH_DISCLOSURE', 'UNPROTECTED_VARIABLE']);

export function isScoredEntity(entity: string): boolean {
  return !UNSCORED_ENTITIES.has(entity);
}

/** Anything we report that is not in ENTITY_CLASS is an identifier of some kind. */
export function classOfEntity(entity: string): string {
  return ENTITY_CLASS[entity] ?? 'ID';
}

/** presidio-research core types (issue 3); every other label (ORGANIZATION, GPE, TITLE, NRP, DATE_TIME, AGE, ZIP_CODE, DOMAIN_NAME, LOCATION, PREFIX) is out of scope. */
export const PRESIDIO_CORE: Record<string, string> = {
  PERSON: 'PERSON',
  STREET_ADDRESS: 'ADDRESS',
  ADDRESS: 'ADDRESS',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  US_DRIVER_LICENSE: 'DRIVER_LICENSE',
};

/** PhysioNet deid PHI labels; DateYear (bare years) is out of scope, as HIPAA allows years. */
export const PHYSIONET: Record<string, string> = {
  PTName: 'PERSON',
  PTNameInitial: 'PERSON',
  HCPName: 'PERSON',
  RelativeProxyName: 'PERSON',
  Date: 'DATE',
  Age: 'AGE',
  Phone: 'PHONE',
  Location: 'LOCATION',
  Other: 'ID',
};

/** Classes that count as the same thing when a prediction of one overlaps gold of the other. */
export function sameClass(predicted: string, gold: string): boolean {
  if (predicted === gold) return true;
  // addresses and places overlap in practice (an address line holding a city, a hospital address)
  const place = new Set(['ADDRESS', 'LOCATION']);
  return place.has(predicted) && place.has(gold);
}
