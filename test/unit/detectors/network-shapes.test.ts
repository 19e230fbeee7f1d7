// The IP and MAC detectors run their regexes only where a character check says they may match: that check must
// let every match through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { NETWORK_PATTERNS_FOR_TEST } from '../../../server/src/engine/detectors/network';

function missed(text: string): string | undefined {
  for (const [re, may] of NETWORK_PATTERNS_FOR_TEST) {
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    if (found && !may(text)) return `${re.source.slice(0, 30)} matches ${JSON.stringify(text)}`;
  }
  return undefined;
}

test('network shapes: the checks let every match through (examples)', () => {
  const texts = [
    'my ip is 81.44.120.7.', 'from 2a01:4f8:c0c:1e2a:91b:7fe3:a2:10 yesterday', 'host 2a02:1810::4f1 is mine', 'localhost ::1',
    'my router is 00:1A:2B:3C:4D:5E', 'device 001a.2b3c.4d5e', '00-1a-2b-3c-4d-5e', 'v1.2.3.4.5', '10:30:45', 'a::', '1.2.3.4',
  ];
  for (const t of texts) assert.equal(missed(t), undefined);
  for (const [re, may] of NETWORK_PATTERNS_FOR_TEST) assert.equal(may('no numbers here at all.'), re.test('no numbers here at all.'));
});

test('network shapes: the checks let every match through (generated)', () => {
  const piece = fc.constantFrom('1', '25', '255', '1234', 'a', 'F', 'ab', '0f', 'g', '.', ':', '::', '-', ' ', 'x', '1a2b', 'ab:', '0F:', '12-', 'c4-', '1.', 'beef.', '12.', '7.', '10.0.');
  fc.assert(fc.property(fc.array(piece, { minLength: 3, maxLength: 16 }), (parts) => missed(parts.join('')) === undefined), { numRuns: 30000 });
});
