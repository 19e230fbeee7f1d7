// atEnd(): an end-anchored regex tried only at the end answers like the plain regex on every prefix of real text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atEnd } from '../../../server/src/engine/detectors/names/atEnd';

const PATTERNS = [
  /(?:\bmy (?:full |first |last |sur)?names?(?: is|'s| are|:)|\bname(?:'s| is)|\bnames? (?:is|are) |\bcalls? me|\bname\s*:|\bname\?)\s*[:,-]?\s*$/,
  /(?:^|[^\p{L}])(?:hi|hello|thank you|i'm|i’m|this is|speak (?:to|with))\s*[:,-]?\s*$/u,
  /(?:^|[^\p{L}])(?:the|a|an)\s+$/u,
  /(?:^|\n)[ \t>]*$/,
  /\d[ \t]*$/,
];
const TEXTS = [
  "Hi, my name is Kraig and I'm Daniel's daughter; my full name: Kraig C. Hello,  this is Ana. Thank you -  Bo",
  'Please call me Selina. Her names are A and B. name? What is the name : x  \n  > Leverett: the Café 12 \t',
  'I’m Åsa; speak with  Ünal, a friend from an office 4 ',
];

test('atEnd matches exactly where the plain end-anchored regex does', () => {
  let checked = 0;
  for (const re of PATTERNS) {
    const fast = atEnd(re);
    for (const text of TEXTS) {
      for (let end = 0; end <= text.length; end++) {
        for (const start of [0, Math.max(0, end - 48), Math.max(0, end - 7)]) {
          const s = text.slice(start, end);
          assert.equal(fast.test(s), re.test(s), `${re} on ${JSON.stringify(s)}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 1000);
});

test('atEnd rejects patterns that are not anchored at the end', () => {
  assert.throws(() => atEnd(/abc/));
  assert.throws(() => atEnd(/abc\$/));
});
