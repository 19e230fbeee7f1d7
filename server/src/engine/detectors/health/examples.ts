// The health detectors' own examples (synthetic; run by the table-driven detector test).
// health-term examples assume the option healthTermsAlone is switched on by the test harness; with the default
// ('off') the detector reports nothing, which the unit tests check separately.
import type { DetectorExample } from '../types';

/** Texts with health terms and the exact terms reported once healthTermsAlone is on (see health.test.ts). */
export const HEALTH_TERM_CASES: { text: string; terms: string[] }[] = [
  { text: 'What are the side effects of metformin?', terms: ['metformin'] },
  { text: 'Book me a colonoscopy and a blood test', terms: ['colonoscopy', 'blood test'] },
  { text: 'Is high blood pressure linked to kidney disease?', terms: ['high blood pressure', 'kidney disease'] },
  { text: 'I have a headache', terms: ['headache'] },
];

export const HEALTH_EXAMPLES: { truePositives: DetectorExample[]; falsePositives: DetectorExample[] } = {
  // No `expect`: with the default options (healthTermsAlone 'off') nothing is reported; HEALTH_TERM_CASES holds the
  // expected terms for the option switched on.
  truePositives: HEALTH_TERM_CASES.map((c) => ({ text: c.text })),
  falsePositives: [
    { text: 'I have a headache and a sore throat' },
    { text: 'How do I add money to my account?' },
    { text: 'My card payment was declined twice' },
  ],
};

export const DISCLOSURE_EXAMPLES: { truePositives: DetectorExample[]; falsePositives: DetectorExample[] } = {
  truePositives: [
    { text: 'I was diagnosed with type 2 diabetes last year', expect: ['type 2 diabetes'] },
    { text: 'my HIV test came back positive', expect: ['HIV test'] },
    { text: "I'm on metformin twice a day", expect: ['metformin'] },
    { text: 'My son has autism and needs a quiet table', expect: ['autism'] },
    { text: 'I am pregnant, can I still fly?', expect: ['pregnant'] },
    { text: 'I’ve been taking sertraline for a year 🙂', expect: ['sertraline'] },
  ],
  falsePositives: [
    { text: 'I have a headache' },
    { text: 'What are the symptoms of diabetes?' },
    { text: 'Does the plan cover chemotherapy?' },
    { text: 'I have to add a new payee' },
    { text: 'My card is disabled, why?' },
  ],
};
