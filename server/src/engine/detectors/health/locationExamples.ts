// The location detector's own examples (synthetic; run by the table-driven detector test).
import type { DetectorExample } from '../types';

export const LOCATION_EXAMPLES: { truePositives: DetectorExample[]; falsePositives: DetectorExample[] } = {
  truePositives: [
    { text: 'Pt admitted to Calvert Hospital with chest pain', expect: ['Calvert'] },
    { text: 'PT TRANSFERRED TO GH FOR CATH, BP STABLE', expect: ['GH'] },
    { text: 'pt presented to sacred heart hospital from home', expect: ['sacred heart'] },
    { text: 'Social: pt lives in Catonsville with husband, dx CHF', expect: ['Catonsville'] },
  ],
  falsePositives: [
    { text: 'I want to transfer money to Revolut' },
    { text: 'Pt transferred to the ICU for closer monitoring' },
    { text: 'How do I get to the nearest hospital?' },
    { text: 'Pt sent to CT, returned to floor at 3pm' },
  ],
};
