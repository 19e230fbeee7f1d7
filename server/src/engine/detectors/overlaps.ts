// Overlapping detections: keep the more specific / more confident one. Specific entities win over generic ones
// (an IBAN over a bank account number, a card over a phone number), then confidence, then the longer span.
// Health terms sit on words, not identifiers, and may overlap anything.
import type { Detection } from '../types';

/** Higher = more specific. Unlisted entities sit at 50. */
const SPECIFICITY: Record<string, number> = {
  EMAIL_ADDRESS: 95,
  URL: 60,
  IBAN_CODE: 90,
  CREDIT_CARD: 88,
  US_SSN: 85,
  US_ITIN: 86,
  US_NPI: 84,
  US_DEA: 84,
  US_MBI: 84,
  UK_NHS: 80,
  UK_NINO: 84,
  CA_SIN: 80,
  IN_AADHAAR: 80,
  IN_PAN: 84,
  AU_TFN: 78,
  VIN: 84,
  IP_ADDRESS: 75,
  MAC_ADDRESS: 80,
  API_KEY: 82,
  PASSWORD: 70,
  USERNAME: 55,
  DATE_OF_BIRTH: 70,
  STREET_ADDRESS: 65,
  PHONE_NUMBER: 60,
  ABA_ROUTING: 62,
  SWIFT_CODE: 62,
  MEDICAL_RECORD_NUMBER: 58,
  HEALTH_PLAN_ID: 58,
  PASSPORT: 56,
  DRIVER_LICENSE: 56,
  DEVICE_ID: 55,
  LICENSE_PLATE: 50,
  BANK_ACCOUNT: 45,
  POSTAL_CODE: 40,
  DATE: 40,
  AGE: 40,
  PERSON: 50,
  CUSTOM: 70,
};

const FREE_OVERLAP = new Set(['HEALTH_TERM', 'HEALTH_DISCLOSURE']);

function score(d: Detection): number {
  return (SPECIFICITY[d.entity] ?? 50) / 100 + d.confidence * 0.6 + (d.testValue ? 0.5 : 0);
}

/** Resolves overlaps and returns detections sorted by start. */
export function resolveOverlaps(dets: Detection[]): Detection[] {
  if (dets.length <= 1) return dets;
  const free = dets.filter((d) => FREE_OVERLAP.has(d.entity));
  const ranked = dets
    .filter((d) => !FREE_OVERLAP.has(d.entity))
    .sort((a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Detection[] = [];
  for (const d of ranked) {
    // A container that fully holds a kept span of another entity (address holding a postal code) replaces it
    // only when it ranks higher, which the sort already ensures; otherwise skip overlaps.
    if (kept.some((k) => k.start < d.end && d.start < k.end)) continue;
    kept.push(d);
  }
  return [...kept, ...free].sort((a, b) => a.start - b.start || b.end - a.end);
}
