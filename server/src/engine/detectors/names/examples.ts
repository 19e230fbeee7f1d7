// The person-name detector's own examples (synthetic; run by the table-driven detector test).
import type { DetectorExample } from '../types';

export const NAME_EXAMPLES: { truePositives: DetectorExample[]; falsePositives: DetectorExample[] } = {
  truePositives: [
    { text: "I'd like to book a table for four in the name of Loree Flinchum", expect: ['Loree Flinchum'] },
    { text: 'Hi, my name is Kraig Calligaro and I need to cancel', expect: ['Kraig Calligaro'] },
    { text: 'hey Bridgette Savary speaking', expect: ['Bridgette Savary'] },
    { text: 'Please call me Selina Stevener.', expect: ['Selina Stevener'] },
    { text: 'The reservation is under Ozella Saucier.', expect: ['Ozella Saucier'] },
    { text: 'Hello, this is Dr. Kyle Kuefer. Who are you?', expect: ['Dr. Kyle Kuefer'] },
    { text: 'Mr. Pálffy is a 19 year old man', expect: ['Mr. Pálffy'] },
    { text: 'could you please correct it to mrs. ingrid oyelaran?', expect: ['mrs. ingrid oyelaran'] },
    { text: 'Name: Åsa Laine\nPhone: 083 564 9312', expect: ['Åsa Laine'] },
    { text: 'Willemine ten Pas will be talking in the conference', expect: ['Willemine ten Pas'] },
    { text: 'Stephan M Urner\n\n4844 Søndergade 52', expect: ['Stephan M Urner'] },
    { text: 'my name is dale thanpaeng and i need to cancel my reservation', expect: ['dale thanpaeng'] },
    { text: 'PLAN: DR RIZZO IN TO TALK WITH PT', expect: ['DR RIZZO'] },
    { text: 'SOCIAL: HUSBAND RICH MARTINO IN TO VISIT', expect: ['RICH MARTINO'] },
    { text: 'Lorilee Landingham', expect: ['Lorilee Landingham'] },
    { text: 'I want to send €50 to Satsita Umkhayev 🙂', expect: ['Satsita Umkhayev'] },
    { text: 'Who crafted this song? Lang and Fowler were precision engineers.', expect: ['Lang', 'Fowler'] },
    { text: 'norberg and smith have known each other for years', expect: ['norberg', 'smith'] },
    // A known given name is still a name when it is all of an entity value; name prefixes are not identifiers.
    { text: 'Rajendra', role: 'entity-value', expect: ['Rajendra'] },
    { text: 'my friend DeShawn Whitfield called', expect: ['DeShawn Whitfield'] },
  ],
  falsePositives: [
    { text: 'I want to transfer money to Mark' },
    { text: 'Will I be charged a fee for using Apple Pay in May?' },
    { text: 'Can I pay my bill with my Chase card?' },
    { text: 'Why was my transfer declined on Monday?' },
    { text: 'I would like a table for 4 people outside' },
    { text: 'The card arrived but the PIN does not work at the ATM' },
    { text: 'Is there a fee for topping up with a Mastercard from the UK?' },
    { text: 'Grace period for the loan, I hope it is long enough' },
    { text: 'Areavibes Inc is hiring' },
    { text: 'Salt and Pepper were on the table, and Apple and Samsung were both down today' },
    { text: 'The cafes in Berlin and Vienna were full' },
    // Author-written structure: product words and identifiers that fill a title, skill name, value or synonym.
    { text: 'Zydeco', role: 'synonym' },
    { text: 'Handoff', role: 'action-title' },
    { text: 'BookingBot', role: 'skill-name' },
    { text: 'CheckBalanceFlow', role: 'dialog-title' },
    { text: 'PizzaPlanner Actions', role: 'skill-name' },
    { text: 'Report Employee Absence', role: 'dialog-title' },
  ],
};
