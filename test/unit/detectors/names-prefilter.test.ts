// The person-name prefilter: lets through every text with a cheap name signal, skips plain service sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayHoldName } from '../../../server/src/engine/detectors/names/prefilter';
import { mayHoldNameInWords } from '../../../server/src/engine/detectors/names/prefilterWords';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';
import { newTextWords } from '../../../server/src/engine/detectors/textWords';
import { buildTriggerIndex } from '../../../server/src/engine/detectors/triggers';
import type { TextWords } from '../../../server/src/engine/detectors/types';
import { tokenizeFastForTest, tokenizeUnicodeForTest } from '../../../server/src/engine/detectors/names/tokens';

const pass = (text: string) => mayHoldName(text.toLowerCase(), text);

const WORTH_SCANNING = [
  'I want to send money to Zarema Bektemirova', // capitalised unknown words inside a sentence
  'check back with annette lafrenière in two weeks.', // a distinctive given name in lower case
  'FAMILY: HUSBAND BILL CARAVELLO CALLED TONIGHT', // a relation cue before an everyday-word name
  'Her maiden name is Key', // a name cue before a capitalised everyday word
  'my name is dale wiraswasta', // a name cue before a word no dictionary knows
  'Tammie Voglund is my name.', // a name cue after the name
  'Dr. Small will see you now', // a title
  'hey Odalys Perreault speaking',
  'Brackenbury', // a bare answer
  'Name:\nJosalind', // a line that starts with an unknown capitalised word
  'Mieszko is very reliable.', // a sentence-initial distinctive given name
  'J. Smith called', // an initial's dot does not end a sentence
  "I'm Daniel's daughter", // possessive
  'social: dtr maribel updated by phone', // clinical relation abbreviation
  'İstanbul trip for Ayşe', // lower-casing changes the length: no offsets to trust, always scanned
];

const PLAIN = [
  'How do I top up my card?',
  'Why was my transfer declined on Monday?',
  'Can I use Apple Pay in the UK with a Mastercard?',
  'Where is the nearest ATM? The PIN does not work.',
  'Hi, I am buying a car and the deposit payment has to clear today.',
  'Why would the person I paid not see the money in their account yet',
  'I sent money to my brother last night and he says nothing has arrived.',
  'Can I add money using my Apple Watch?',
  'Correct.',
  'Hello Agent',
  'Hi, My cash withdrawal got declined at lunch today.',
  'My name appears incorrectly on my card statement',
];

for (const text of WORTH_SCANNING) test(`scans ${JSON.stringify(text)}`, () => assert.equal(pass(text), true));
for (const text of PLAIN) test(`skips ${JSON.stringify(text)}`, () => assert.equal(pass(text), false));

test('the fast tokenizer finds the same tokens as the regex one', () => {
  const texts = [
    "O'Brien-Smith's dog.", 'a-\'b x--y', 'J. R. R. Tolkien met Dr.Who', "it's 'quoted' - dash- end.", 'e.g. i.e. St. Mary',
    "ab's AB'S Dan's", 'PLAN: DR RIZZO IN TO TALK WITH PT.', 'hey Bridgette Savary speaking!', '  -a a\' --',
    'Ünal Çelik’s café, naïve Zoë', 'Dvořák—Nguyễn ‘Ōtsuka’ ß. ª º µ', 'e\u0301cole \u0301x Jos\u00e9-Mar\u00eda', 'Москва, Ἀθῆναι 東京 Ｔｏｋｙｏ',
    'x\u200by ‘a’b  Ó. É.', "d'Artagnan – l’Été", 'ǅemal İstanbul', 'ex-Zombie Cojzer, mc-Donald’s o’Neil abc-déf dR. mr.',
  ];
  for (const t of texts) assert.deepEqual(tokenizeFastForTest(t), tokenizeUnicodeForTest(t), t);
  // Given the lower-cased text, ASCII words take their lower case from it: the same tokens.
  for (const t of texts) assert.deepEqual(tokenizeFastForTest(t, t.toLowerCase()), tokenizeUnicodeForTest(t), t);
  // A letter outside the BMP is two code units: such texts take the regex path.
  assert.equal(tokenizeFastForTest('𝐀lice'), undefined);
});

// The word version (prefilterWords.ts) reads most lower-case words on a fast path that only counts them; sentences of
// everyday words with cue words, names, initials, capitals, digits and joined words here must get mayHoldName's answer.
const everyday = fc.constantFrom(
  'the', 'money', 'a', 'i', 'to', 'my', 'card', 'account', 'transfer', 'is', 'it', 'was', 'of', 'and', 'why', 'not',
  'today', 'please', 'help', 'can', 'you', 'x', 'q', 'an', 'top', 'up', 'still', 'pending', 'young', 'too',
);
const signal = fc.constantFrom(
  'joshua', 'kowalski', 'Talkington', 'Zarema', 'name', 'names', 'wife', 'under', 'call', 'me', 'with', 'speaking', 'rn',
  'Dr', 'Mr', 'Hello', 'hi', 'Apple', 'Monday', 'Key', 'KEY', "o'brien", "Daniel's", 'jean-luc', 'q', 'J', 'A1', '42',
);
const gap = fc.constantFrom(' ', ' ', ' ', '  ', ', ', '. ', '.', '? ', '! ', ': ', '\n', ' - ', '-', "'", ' (', ') ', ';');
const sentence = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: everyday }, { weight: 1, arbitrary: signal }), gap), { maxLength: 18 });

function wordsOf(source: string): TextWords | undefined {
  const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
  const words = newTextWords(2);
  return scanAscii(source, buildTriggerIndex([]), new Uint32Array(0), 1, out, words) ? words : undefined;
}

test('the word prefilter agrees with mayHoldName on sentences of everyday words and name signals', () => {
  fc.assert(
    fc.property(sentence, fc.constantFrom('as is', 'capitalised', 'upper'), (parts, cased) => {
      let text = parts.map(([word, sep]) => word + sep).join('');
      if (cased === 'capitalised') text = text.replace(/(^|[.!?]\s*)([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase());
      if (cased === 'upper') text = text.toUpperCase();
      const lower = text.toLowerCase();
      const expected = mayHoldName(lower, text);
      for (const source of [text, lower]) {
        const words = wordsOf(source)!;
        assert.equal(mayHoldNameInWords(words, text), expected, JSON.stringify(text));
        assert.equal(mayHoldNameInWords(words, text, lower), expected, `with its lower case: ${JSON.stringify(text)}`);
        if (source === text) {
          // the pass read the text itself: the capitals come from its W_FIRST_UPPER bits, as in the runner
          words.cased = true;
          assert.equal(mayHoldNameInWords(words, text, lower), expected, `capitals from the pass: ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: 3000 },
  );
});
