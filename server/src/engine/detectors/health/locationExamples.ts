// The location detector's own examples (synthetic; run by the table-driven detector test).
import type { DetectorExample } from '../types';

export const LOCATION_EXAMPLES: { truePositives: DetectorExample[]; falsePositives: DetectorExample[] } = {
  truePositives: [
    { text: 'Pt admitted to Calvert Hospital with chest pain', expect: ['Calvert'] },
    { text: 'PT TRANSFERRED TO GH FOR CATH, BP STABLE', expect: ['GH'] },
    { text: 'pt presented to sacred heart hospital from home', expect: ['sacred heart'] },
    { text: 'Social: pt lives in Catonsville with husband, dx CHF', expect: ['Catonsville'] },
    { text: 'Daughter called from Seattle, pt resting, HR 80s', expect: ['Seattle'] },
    { text: 'Pt seen by GBMC nurse for discharge planning', expect: ['GBMC'] },
    { text: 'PT TRANSFERED FROM MEMORIAL HOSPITAL, BP 140/80', expect: ['MEMORIAL'] },
    { text: 'Plan: transfer to Weinberg 3 this am, pt on 2L NC', expect: ['Weinberg'] },
    { text: 'Pt on insulin drip per U Maryland scale, FS 110', expect: ['U Maryland'] },
    { text: 'Pt will receive rehab services at Maryland Rehab, MD aware', expect: ['Maryland Rehab'] },
    { text: 'Social: pt lives in Glen Burnie with her son, on coumadin', expect: ['Glen Burnie'] },
  ],
  falsePositives: [
    { text: 'I want to transfer money to Revolut' },
    { text: 'Pt transferred to the ICU for closer monitoring' },
    { text: 'How do I get to the nearest hospital?' },
    { text: 'Pt sent to CT, returned to floor at 3pm' },
    { text: 'OOB to chair, pt seen by PT and OT, transferred from OSH' },
    { text: 'Covid cases in Denver are rising again' },
    { text: 'Pt is from Maryland, on 2L NC, HR 80s' },
    { text: 'Pt voiding around foley cath, nitro gtt weaned, son went back to California' },
    { text: 'u r the best, I want to go to university in texas' },
    { text: 'Pt on Lasix 40 mg, weaned to 5/5, returned to AV paced rhythm' },
  ],
};
