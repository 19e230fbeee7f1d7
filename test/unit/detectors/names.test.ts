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
  ['I made a booking in the name of Loree Flinchum for 8pm', ['Loree Flinchum']],
  ['hello, my name is Kraig jacinto Calligaro and i need a table', ['Kraig jacinto Calligaro']],
  ['This is Sherrie Rzepecki,I got booking for 12 people', ['Sherrie Rzepecki']],
  ['Please call me Selina Stevener', ['Selina Stevener']],
  ['I think it is under Ozella Saucier, the booking is on in 13 days.', ['Ozella Saucier']],
  ['Jaime Kaaz is what you can call me.', ['Jaime Kaaz']],
  ['Talkington', ['Talkington']],
  // titles are cues, not part of the span; middle initials are
  ['Hello, this is Dr. Kyle Kuefer. Who are you?', ['Dr. Kyle Kuefer']],
  ['Mr. Pálffy is a 19 year old man who grew up in SUND.', ['Mr. Pálffy']],
  ['Stephan M Urner\n\n4844 Søndergade 52\n Apt. 656', ['Stephan M Urner']],
  ['Willemine ten Pas will be talking in the conference', ['Willemine ten Pas']],
  // multinational (Hungarian, Finnish, Icelandic, Czech)
  ['Date: 2015-12-22\nName: Åsa Laine\nPhone: 083 564 9312', ['Åsa Laine']],
  ["What's your name? Daniel Janíček", ['Daniel Janíček']],
  ['The name in the account is not correct, please change it to Mary Gavrilova', ['Mary Gavrilova']],
  // emoji and non-ASCII around names; possessive excluded
  ['🎉 Thanks Krisztián Szöllösy! 🎉', ['Krisztián Szöllösy']],
  ["I'm Daniel's daughter, my name is Heather Kowalczyk.", ['Daniel', 'Heather Kowalczyk']],
  // clinical notes in capitals and lower case
  ['PLAN: DR RIZZO IN TO TALK WITH PT REGARDING CODE STATUS', ['DR RIZZO']],
  ['SOCIAL: HUSBAND RICH MARTINO IN TO VISIT', ['RICH MARTINO']],
  ['social: husband and dtr visited. dr healey took husband and son\'s ph #s', ['dr healey']],
  ['QUIET NIGHT FOR PT.\n\n DAN A. FORMAN-LYONS, RRT\n', ['DAN A. FORMAN-LYONS']],
  ['check ptt at 4pm. Patricia Nolan, RN', ['Patricia Nolan']],
  // lower-case chat
  ['follow up with patricia desrosiers in a couple of months.', ['patricia desrosiers']],
  // lists of names, capitalised or not
  ['The company was started by its founders: Morrison, Rogers and Torres.', ['Morrison', 'Rogers', 'Torres']],
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
  'I want to inquire about The Good Earth Tooting.',
  'I want a restaurant named La Bottega in South Kensington.',
  'My name appears incorrectly on my card statement',
  'My father retired at the age of 71',
  'Areavibes Inc is hiring',
  'Our offices are located at 6076 Piroska u. 97.\nPorto Alegre\n, RS\n Brazil 95828',
  'Hope you can help, I need to jack up my limit',
  'I changed Russian Ruble into UK pounds',
  'CV: Neo weaned off. Bp stable but did',
  'MAE but weakly. HR and BP stable.',
  'WHAT IS THE SOLUTION OF THIS PROBLEM',
  'My spot is for half-past 1PM.',
  'The Davis, Reynolds and Williamson office is at 5 Main Street',
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
