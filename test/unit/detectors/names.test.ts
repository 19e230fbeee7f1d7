// Person-name detector: exact spans, cues, titles, caseless notes, multinational names, negatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personNameDetector, severityForNameConfidence } from '../../../server/src/engine/detectors/names';
import type { DetectContext } from '../../../server/src/engine/detectors/types';
import { SEVERITY_RANK, type Severity } from '../../../server/src/engine/types';
import { findNames } from '../../../server/src/engine/detectors/names/scan';

function names(text: string, min: Severity = 'info'): string[] {
  const lower = text.toLowerCase();
  const ctx: DetectContext = { lower, options: { healthTermsAlone: 'off', testValues: 'info' } };
  if (personNameDetector.quickCheck && !personNameDetector.quickCheck(lower, text)) return [];
  return personNameDetector
    .detect(text, ctx)
    .filter((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[min])
    .map((d) => text.slice(d.start, d.end));
}

const FOUND: [string, string[]][] = [
  ['I made a booking in the name of Maribeth Quarrington for 8pm', ['Maribeth Quarrington']],
  ['hi there, my name is Dorian valente Morandini and we need a table', ['Dorian valente Morandini']],
  ['This is Tamsin Wroblewski,I have a booking for 9 people', ['Tamsin Wroblewski']],
  ['Please call me Odile Brackenridge', ['Odile Brackenridge']],
  ['I believe it is under Verna Castellucci, the booking is in 6 days.', ['Verna Castellucci']],
  ['Rory Tubbeh is what my friends call me.', ['Rory Tubbeh']],
  ['Haverstock', ['Haverstock']],
  // titles are cues, not part of the span; middle initials are
  ['Hello, this is Dr. Nadia Pellegrew. How can I help?', ['Dr. Nadia Pellegrew']],
  ['Mr. Ördögh is a 27 year old man who moved here from VAASA.', ['Mr. Ördögh']],
  ['Henrik P Vasbotten\n\n2210 Østergade 14\n Apt. 31', ['Henrik P Vasbotten']],
  ['Geertruida van Dael will be speaking at the meeting', ['Geertruida van Dael']],
  // multinational (Hungarian, Finnish, Icelandic, Czech)
  ['Date: 2019-04-08\nName: Liisa Häkkinen\nPhone: 041 227 5830', ['Liisa Häkkinen']],
  ["What's your name? Tomáš Hrubeček", ['Tomáš Hrubeček']],
  ['The name on my profile is wrong, please change it to Helen Varennikova', ['Helen Varennikova']],
  // emoji and non-ASCII around names; possessive excluded
  ['🎉 Thanks Zsófia Kerekes-Bánhidi! 🎉', ['Zsófia Kerekes-Bánhidi']],
  ["I'm Daniel's daughter, my name is Heather Kowalczyk.", ['Daniel', 'Heather Kowalczyk']],
  // clinical notes in capitals and lower case
  ['PLAN: DR FALCONE WILL MEET PT TO DISCUSS GOALS OF CARE', ['DR FALCONE']],
  ['FAMILY: HUSBAND BILL CARAVELLO CALLED TONIGHT', ['BILL CARAVELLO']],
  ['social: wife and son here. dr whitcombe took wife\'s and son\'s ph #s', ['dr whitcombe']],
  ['UNEVENTFUL SHIFT.\n\n JOE K. MARLOWE-BRANDT, RRT\n', ['JOE K. MARLOWE-BRANDT']],
  ['recheck lytes at 6pm. Margaret Doyle, RN', ['Margaret Doyle']],
  // lower-case chat
  ['check back with annette lafrenière in two weeks.', ['annette lafrenière']],
  // lists of names, capitalised or not
  ['The firm was set up by three partners: Whitaker, Delgado and Lindqvist.', ['Whitaker', 'Delgado', 'Lindqvist']],
  ['they have four kids: joshua, kristina, christopher and rebecca.', ['joshua', 'kristina', 'christopher', 'rebecca']],
  // capitals throughout: unknown words count, relation words introduce everyday-word given names
  ['SOCIAL: DAUGHTER PHILOMENA CALLED FOR AN UPDATE', ['PHILOMENA']],
  ['social: son bill in to visit.', ['bill']],
  ['PER DAVID, HE HAS BEEN UPDATED', ['DAVID']],
  // addressed by name at the end of a sentence
  ["Don't go to town, Mark!", ['Mark']],
];

for (const [text, want] of FOUND) {
  test(`finds ${JSON.stringify(want)} in ${JSON.stringify(text.slice(0, 50))}`, () => {
    assert.deepEqual(names(text), want);
  });
}

const NOT_AT_WARNING = [
  'I want to transfer money to Mark',
  'Will I get charged if I pay my bill with my Chase card?',
  'Can I use Apple Pay on Monday in May?',
  'I want to ask about The Golden Lantern Hackney.',
  'I want a restaurant called La Piazzetta in North Finchley.',
  'My name appears incorrectly on my card statement',
  'My mother retired at the age of 68',
  'Areavibes Inc is hiring',
  'Our offices are located at 1412 Kossuth u. 23.\nBelo Horizonte\n, MG\n Brazil 30140',
  'Hope you can help, I need to jack up my limit',
  'I changed Russian Ruble into UK pounds',
  'CV: Neo titrated down. Bp stable since',
  'MAE but weakly. HR and BP stable.',
  'WHAT IS THE SOLUTION OF THIS PROBLEM',
  'My table is for half-past 7PM.',
  'The Harlow, Benton and Pryce office is at 5 Main Street',
  'I want a restaurant in Victoria, Camden and Brent',
  'I want cuisine that is not Peruvian, Hawaiian or Malaysian',
  "Hi mate, a couple of my people have pulled out so I’m going to reschedule",
  'Can I use my card in Spain, Google?',
];

for (const text of NOT_AT_WARNING) {
  test(`nothing at warning in ${JSON.stringify(text.slice(0, 50))}`, () => {
    assert.deepEqual(names(text, 'warning'), []);
  });
}

// Look-alikes of the patterns for pairs, works, dialogues, initials and notes in capitals: nothing at info or above,
// even without the prefilter.
const LOOK_ALIKES = [
  'K 3.2, REPLETED. CMO AWARE, MICU TEAM AWARE',
  'Salt and Pepper were on the table',
  'The Jazz album was great and I came early Monday',
  'Pt has C. Diff, on flagyl',
  'Neuro: alert, oriented\nResp: clear\nPlan: continue current meds',
  'Can I get jasmine rice with the curry?',
  'Question: can I pay?\nAnswer: yes',
  "Pt's mother-in-law visited, son-In-law called, WIFE-BEATER SHIRT ON",
  'I need to cancel my order. Thanks!\nHope',
];

for (const text of LOOK_ALIKES) {
  test(`nothing at info in the look-alike ${JSON.stringify(text.slice(0, 50))}`, () => {
    const found = findNames(text, text.toLowerCase()).filter((h) => h.confidence >= 0.5).map((h) => text.slice(h.start, h.end));
    assert.deepEqual(found, []);
  });
}

test('a bare common-word name stays a hint', () => {
  const text = 'I want to transfer money to Mark';
  const lower = text.toLowerCase();
  const found = personNameDetector.detect(text, { lower, options: { healthTermsAlone: 'off', testValues: 'info' } });
  for (const d of found) assert.equal(d.severity, 'hint');
});

test('a cue makes a common-word name confident', () => {
  assert.deepEqual(names('Hi, my name is Mark Brown', 'warning'), ['Mark Brown']);
});

test('confidence maps to severity monotonically', () => {
  assert.equal(severityForNameConfidence(0.95), 'warning');
  assert.equal(severityForNameConfidence(0.6), 'info');
  assert.equal(severityForNameConfidence(0.35), 'hint');
});

test('quickCheck skips plain banking questions', () => {
  for (const t of ['how do i top up my card?', 'Why was my transfer declined?', 'Can I get a refund for this?']) {
    assert.equal(personNameDetector.quickCheck!(t.toLowerCase(), t), false, t);
  }
});
