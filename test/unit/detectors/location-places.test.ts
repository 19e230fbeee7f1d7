// The location detector's town list is generated from faker (scripts/gen-place-names.ts): the committed module must
// match what the generator builds now, and towns are found only in clinical text after a place preposition.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildPlaceNames, renderPlaceNamesModule } from '../../../server/src/engine/detectors/health/placeNamesSource';
import { phiLocationDetector } from '../../../server/src/engine/detectors/phi-location';
import { DEFAULT_CONFIG } from '../../../server/src/engine/policy/config';

test('placeNames.generated.ts is up to date (run `npx tsx scripts/gen-place-names.ts`)', () => {
  const file = join(__dirname, '../../../server/src/engine/detectors/health/placeNames.generated.ts');
  assert.equal(readFileSync(file, 'utf8'), renderPlaceNamesModule(buildPlaceNames()));
});

function found(text: string): string[] {
  const lower = text.toLowerCase();
  if (phiLocationDetector.quickCheck && !phiLocationDetector.quickCheck(lower, text)) return [];
  return phiLocationDetector
    .detect(text, { role: 'utterance', lower, options: DEFAULT_CONFIG.detectorOptions })
    .filter((d) => d.severity === 'warning')
    .map((d) => text.slice(d.start, d.end));
}

test('towns after a place preposition in clinical text, one or two words, any case', () => {
  assert.deepEqual(found('Pt resting, BP 120/70. Son drove in from San Diego today.'), ['San Diego']);
  assert.deepEqual(found('PT ADMITTED FROM THE EW. DAUGHTER LIVES IN SEATTLE.'), ['SEATTLE']);
  assert.deepEqual(found('pt is a 60 yo m, wife called from akron, hr 70s'), ['akron']);
});

test('no town without clinical words, a preposition, or when the word is a person or an everyday word', () => {
  assert.deepEqual(found('How many cases are there in Seattle?'), []);
  assert.deepEqual(found('Pt seen, Seattle team aware, HR 80s'), []);
  assert.deepEqual(found('Pt spoke to Allen about meds, BP stable'), [], 'a given name after "to" is a person');
  assert.deepEqual(found('pt in mobile chair today, hr 90s'), [], 'an everyday word in lower-case text');
});

test('hospital initials, saints and wards need their cue', () => {
  assert.deepEqual(found('Pt followed at GBMC by dr x, bp 130s'), ['GBMC']);
  assert.deepEqual(found('HR 110, NSR TO ST. NO ECTOPY, BP STABLE'), [], 'sinus tachycardia is no saint');
  assert.deepEqual(found('Pt wishes to return to St Agnes after weaning, BP ok'), ['St Agnes']);
  assert.deepEqual(found('Pt on Lasix 4 mg IV, HR 70s'), [], 'a dose is no ward');
});
