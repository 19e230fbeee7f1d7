// Health detectors: terms only when switched on, first-person/family disclosures, co-occurrence with identifiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { healthDisclosureDetector, healthTermDetector, phiCooccurrence } from '../../../server/src/engine/detectors/health';
import { HEALTH_TERM_CASES } from '../../../server/src/engine/detectors/health/examples';
import type { DetectContext, DetectorOptions } from '../../../server/src/engine/detectors/types';
import type { Detection } from '../../../server/src/engine/types';
import { createLinter } from '../../../server/src/engine';

function ctx(text: string, healthTermsAlone: DetectorOptions['healthTermsAlone'] = 'off'): DetectContext {
  return { lower: text.toLowerCase(), options: { healthTermsAlone, testValues: 'info' } };
}
const spans = (text: string, ds: Detection[]) => ds.map((d) => text.slice(d.start, d.end));

test('health-term reports nothing by default (symptom checkers train on such text)', () => {
  for (const c of HEALTH_TERM_CASES) assert.deepEqual(healthTermDetector.detect(c.text, ctx(c.text)), [], c.text);
});

for (const c of HEALTH_TERM_CASES) {
  test(`health-term with the option on finds ${JSON.stringify(c.terms)}`, () => {
    const found = healthTermDetector.detect(c.text, ctx(c.text, 'info'));
    assert.deepEqual(spans(c.text, found), c.terms);
    for (const d of found) assert.equal(d.severity, 'info');
  });
}

const DISCLOSED: [string, string[]][] = [
  ['I was diagnosed with type 2 diabetes last year', ['type 2 diabetes']],
  ['My HIV test came back positive, what now?', ['HIV test']],
  ["I'm on metformin and lisinopril", ['metformin']],
  ['my son has autism', ['autism']],
  ['My wife is pregnant 🤰 can she travel?', ['pregnant']],
  ['I’ve been taking Sertraline since March', ['Sertraline']],
  ['I SUFFER FROM CHRONIC MIGRAINES', ['MIGRAINES']],
  ['Mi hija — my daughter was diagnosed with epilepsy 🙏', ['epilepsy']],
];
for (const [text, want] of DISCLOSED) {
  test(`health-disclosure finds ${JSON.stringify(want)} in ${JSON.stringify(text)}`, () => {
    const found = healthDisclosureDetector.detect(text, ctx(text));
    assert.deepEqual(spans(text, found), want);
    for (const d of found) {
      assert.equal(d.severity, 'error');
      assert.equal(d.entity, 'HEALTH_DISCLOSURE');
      assert.equal(d.category, 'phi');
    }
  });
}

const NOT_DISCLOSED = [
  'I have a headache',
  'I have a fever and a cough',
  'What are the symptoms of diabetes?',
  'Does my plan cover chemotherapy?',
  'I have to add a new payee',
  'My card is disabled, why?',
  'I think I have the flu',
  'Where is the nearest pharmacy that sells insulin?',
];
for (const text of NOT_DISCLOSED) {
  test(`no disclosure in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(spans(text, healthDisclosureDetector.detect(text, ctx(text))), []);
  });
}

function det(entity: string, start: number, end: number, severity: Detection['severity'], confidence = 0.95): Detection {
  return { detectorId: 'x', entity, category: 'pii', start, end, confidence, severity };
}

test('phiCooccurrence: a health term next to a name is PHI', () => {
  const text = 'Loree Flinchum needs her insulin refill';
  const out = phiCooccurrence(text, [det('PERSON', 0, 14, 'warning', 0.9)]);
  assert.deepEqual(spans(text, out), ['insulin']);
  assert.equal(out[0].severity, 'error');
  assert.equal(out[0].entity, 'HEALTH_DISCLOSURE');
});

test('phiCooccurrence: a health term next to an identifier is PHI', () => {
  const text = 'Member 123-45-6789 asks about chemotherapy coverage';
  const out = phiCooccurrence(text, [det('US_SSN', 7, 18, 'error')]);
  assert.deepEqual(spans(text, out), ['chemotherapy']);
});

test('phiCooccurrence: nothing without an anchor, a hint-level name or a test value', () => {
  const text = 'Send money to Mark for his surgery';
  assert.deepEqual(phiCooccurrence(text, []), []);
  assert.deepEqual(phiCooccurrence(text, [det('PERSON', 14, 18, 'hint', 0.3)]), []);
  const t2 = 'Call 555-0100 about the surgery';
  assert.deepEqual(phiCooccurrence(t2, [{ ...det('PHONE_NUMBER', 5, 13, 'info'), testValue: true }]), []);
});

test('phiCooccurrence does not repeat a disclosure already reported', () => {
  const text = 'Anna Kowalski: I was diagnosed with asthma';
  const disclosed = healthDisclosureDetector.detect(text, ctx(text));
  assert.deepEqual(spans(text, disclosed), ['asthma']);
  const out = phiCooccurrence(text, [det('PERSON', 0, 13, 'warning', 0.9), ...disclosed]);
  assert.deepEqual(out, []);
});

test('lint(): a health term in a text that names a person or holds an identifier is PHI at error', () => {
  const linter = createLinter(undefined, { cacheSize: 0 });
  const phi = (text: string) =>
    linter
      .lint(text, { kind: 'utterances', path: 'log.txt' })
      .findings.filter((f) => f.entity === 'HEALTH_DISCLOSURE')
      .map((f) => `${text.slice(f.offset, f.offset + f.length)}:${f.severity}`);
  assert.deepEqual(phi('Please update the record for Maria Lopez: diabetes, metformin twice a day'), ['diabetes:error', 'metformin:error']);
  assert.deepEqual(phi('member 536-22-8841 needs an asthma inhaler refill'), ['asthma:error', 'inhaler:error']);
  // no anchor, or only a well-known test value as one: the term alone stays a hint (off by default)
  assert.deepEqual(phi('what helps with diabetes and metformin side effects'), []);
  assert.deepEqual(phi('SSN 123-45-6789 asthma inhaler refill'), []);
});

test('phiCooccurrence: a weak (info) name does not anchor', () => {
  const text = 'Mid-Century Homes and COVID-19 guidance';
  assert.deepEqual(phiCooccurrence(text, [det('PERSON', 0, 11, 'info', 0.6)]), []);
});
