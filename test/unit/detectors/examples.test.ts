// Runs every registered detector's own true-positive and false-positive examples (gitleaks style).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS } from '../../../server/src/engine/detectors/registry';
import { detectInText } from '../../../server/src/engine/detectors/run';
import { DEFAULT_CONFIG } from '../../../server/src/engine/policy/config';
import { SEVERITY_RANK } from '../../../server/src/engine/types';

const options = DEFAULT_CONFIG.detectorOptions;

test('rule ids are unique kebab-case and every detector has examples', () => {
  const ids = new Set<string>();
  for (const d of ALL_DETECTORS) {
    assert.match(d.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, d.id);
    assert.ok(!ids.has(d.id), `duplicate id ${d.id}`);
    ids.add(d.id);
    assert.ok(d.truePositives.length > 0, `${d.id} has no true positives`);
    assert.ok(d.falsePositives.length > 0, `${d.id} has no false positives`);
  }
});

for (const d of ALL_DETECTORS) {
  test(`${d.id}: true positives`, () => {
    for (const ex of d.truePositives) {
      // alone, so overlap resolution with other detectors cannot hide a miss
      const found = detectInText(ex.text, ex.role, undefined, [d], options).map((x) => ex.text.slice(x.start, x.end));
      for (const want of ex.expect ?? []) assert.ok(found.includes(want), `${d.id} should find ${JSON.stringify(want)} in ${JSON.stringify(ex.text)}; found ${JSON.stringify(found)}`);
    }
  });
  test(`${d.id}: false positives`, () => {
    for (const ex of d.falsePositives) {
      const found = detectInText(ex.text, ex.role, undefined, [d], options).filter((x) => SEVERITY_RANK[x.severity] >= SEVERITY_RANK.warning && !x.testValue);
      assert.deepEqual(
        found.map((x) => `${ex.text.slice(x.start, x.end)} (${x.severity}, ${x.reason})`),
        [],
        `${d.id} should not report in ${JSON.stringify(ex.text)}`,
      );
    }
  });
}
