import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_DETECTORS } from '../../../server/src/engine/detectors/registry';
import { buildTriggerIndex, hasTrigger } from '../../../server/src/engine/detectors/triggers';
import type { Detector } from '../../../server/src/engine/detectors/types';
import { countDigits } from '../../../server/src/engine/detectors/util';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';

const withTriggers = ALL_DETECTORS.filter((d) => d.triggers && d.triggers.length > 0);
const allTriggers = [...new Set(withTriggers.flatMap((d) => d.triggers ?? []))];

function scanned(detectors: readonly Detector[], lower: string): boolean[] {
  const index = buildTriggerIndex(detectors);
  const fired = new Uint32Array(index.slots);
  index.scanLower(lower, fired, 7);
  return detectors.map((_, i) => index.slotOf[i] >= 0 && fired[index.slotOf[i]] === 7);
}

/** The runner's one pass over the text as written (ASCII only; undefined otherwise). */
function scannedAscii(detectors: readonly Detector[], text: string): { fired: boolean[]; digits: number } | undefined {
  const index = buildTriggerIndex(detectors);
  const fired = new Uint32Array(index.slots).fill(3);
  const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
  if (!scanAscii(text, index, fired, 4, out)) return undefined;
  return { fired: detectors.map((_, i) => index.slotOf[i] >= 0 && fired[index.slotOf[i]] === 4), digits: out.digits };
}

test('every built-in detector with a prefilter beyond digits declares triggers', () => {
  assert.ok(withTriggers.length >= 15, `only ${withTriggers.length} detectors have triggers`);
});

test('the one-pass trigger scan agrees with includes() for every detector', () => {
  // Texts made of trigger fragments, letters, punctuation and non-ASCII characters, so that triggers occur at the
  // start, the end, overlapping each other and next to multi-byte characters.
  const piece = fc.oneof(
    fc.constantFrom(...allTriggers),
    fc.constantFrom(...allTriggers).map((t) => t.slice(0, Math.max(1, t.length - 1))),
    fc.string({ maxLength: 4 }),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.constantFrom(' ', '.', '@', ':', '-', 'é', 'ß', '\u{1F600}', 'İ', '\n'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, capitals) => {
      const text = capitals ? parts.join('').toUpperCase() : parts.join('');
      const lower = text.toLowerCase();
      const got = scanned(withTriggers, lower);
      withTriggers.forEach((d, i) => assert.equal(got[i], hasTrigger(d, lower), `${d.id} on ${JSON.stringify(lower)}`));
      const index = buildTriggerIndex(withTriggers);
      assert.equal(index.scanLower(lower, new Uint32Array(index.slots), 1), countDigits(lower), 'digit count');
      // the one pass over the text as written (capitals and all) agrees on ASCII texts
      const ascii = scannedAscii(withTriggers, text);
      assert.equal(ascii === undefined, /[^\x00-\x7f]/.test(text), 'the pass reads exactly the ASCII texts');
      if (ascii) {
        withTriggers.forEach((d, i) => assert.equal(ascii.fired[i], hasTrigger(d, lower), `${d.id} on ${JSON.stringify(text)} (one pass)`));
        assert.equal(ascii.digits, countDigits(text), 'digit count (one pass)');
      }
    }),
    { numRuns: 3000 },
  );
});

test('a non-ASCII trigger, a one-character trigger and a word-start trigger are found', () => {
  const dets = [
    { ...withTriggers[0], id: 'a', triggers: ['kennwört'] },
    { ...withTriggers[0], id: 'b', triggers: ['@'] },
    { ...withTriggers[0], id: 'c', triggers: ['zz'] },
  ] as Detector[];
  assert.deepEqual(scanned(dets, 'mein kennwört ist x'), [true, false, false]);
  assert.deepEqual(scanned(dets, 'a@b'), [false, true, false]);
  assert.deepEqual(scanned(dets, 'buzz'), [false, false, false], 'a letter trigger must start a word');
  assert.deepEqual(scanned(dets, 'a-zz top'), [false, false, true]);
  assert.deepEqual(scanned(dets, 'z'), [false, false, false]);
});
