// Replacement values written by our fixer must not be flagged again at warning or above: the synthesizer draws
// them from reserved ranges (example domains, 555-01xx, test cards, sample IBANs, advertising SSNs,
// documentation IP/MAC ranges) and the detectors report those as test values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSynthesizer } from '../../../server/src/engine/fix';
import { createLinter } from '../../../server/src/engine/lint';
import { SEVERITY_RANK, type ExtractedText } from '../../../server/src/engine/types';

const SAMPLES: [entity: string, sentence: string, value: string][] = [
  ['EMAIL_ADDRESS', 'my email is VALUE thanks', 'dana.lee@gmail.com'],
  ['PHONE_NUMBER', 'call me at VALUE tomorrow', '(415) 867-2290'],
  ['CREDIT_CARD', 'my card VALUE was declined', '4916 8616 9520 8074'],
  ['IBAN_CODE', 'send it to IBAN VALUE please', 'GB69QWER12345678901234'],
  ['US_SSN', 'my SSN is VALUE', '512-38-4417'],
  ['IP_ADDRESS', 'my ip is VALUE today', '81.44.120.7'],
];

function utterance(text: string): ExtractedText {
  return { text, role: 'utterance', path: 'u', pointer: [], rawStart: 0, rawEnd: text.length, encoding: 'plain', segments: [{ d: 0, r: 0 }] };
}

test('synthetic replacements are not flagged at warning or above', () => {
  const linter = createLinter(undefined, { synthesizer: null });
  for (let seed = 1; seed <= 5; seed++) {
    const synth = createSynthesizer(seed);
    for (const [entity, sentence, value] of SAMPLES) {
      // the original is found...
      const original = sentence.replace('VALUE', value);
      assert.ok(linter.findingsForText('', utterance(original)).some((f) => f.entity === entity && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning), `${entity} original not found`);
      // ...and its replacement is not reported above info
      const replaced = sentence.replace('VALUE', synth.synthetic(entity, value));
      const loud = linter.findingsForText('', utterance(replaced)).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
      assert.deepEqual(loud.map((f) => `${f.ruleId}: ${f.masked}`), [], `${entity} replacement flagged in ${JSON.stringify(replaced)}`);
    }
  }
});
