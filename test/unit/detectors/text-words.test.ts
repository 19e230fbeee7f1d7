// The words the runner's one pass records (TextWords), and the person-name prefilter that works from them: it must
// give mayHoldName's answer on every ASCII text, whether the pass read the text or its lower case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mayHoldName } from '../../../server/src/engine/detectors/names/prefilter';
import { mayHoldNameInWords } from '../../../server/src/engine/detectors/names/prefilterWords';
import { hashRange } from '../../../server/src/engine/detectors/names/wordTable';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';
import { G_DOT, G_END, G_JOIN, G_LINE, G_OTHER, newTextWords, W_ALL_DIGITS, W_FIRST_UPPER, W_HAS_DIGIT, WORD_END, WORD_HASH, WORD_INFO, WORD_START, WORD_STRIDE } from '../../../server/src/engine/detectors/textWords';
import { buildTriggerIndex } from '../../../server/src/engine/detectors/triggers';
import type { TextWords } from '../../../server/src/engine/detectors/types';

const index = buildTriggerIndex([]);

/** The pass over `source` (the text or its lower case); undefined for a non-ASCII text. */
function wordsOf(source: string, words: TextWords = newTextWords(2)): TextWords | undefined {
  const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
  return scanAscii(source, index, new Uint32Array(0), 1, out, words) ? words : undefined;
}

/**
 * The same words by regex: runs of ASCII letters and digits, with the G_* bits of what precedes each (and
 * W_FIRST_UPPER on a word that starts with a capital in `source`, the string the pass read).
 */
function expectedWords(text: string, source: string = text) {
  const found: { start: number; end: number; hash: number; info: number }[] = [];
  const lower = text.toLowerCase();
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
    const start = m.index!;
    const between = text.slice(last, start);
    let gap = 0;
    if (/[^ ]/.test(between)) gap |= G_OTHER;
    if (/[.!?;:"()[\]{}|>*\n\r]/.test(between)) gap |= G_END;
    if (/[\n\r:]/.test(between)) gap |= G_LINE;
    if (between.includes('.')) gap |= G_DOT;
    if (/['-]/.test(between)) gap |= G_JOIN;
    const end = start + m[0].length;
    const digits = m[0].replace(/[^0-9]/g, '').length;
    const capital = /[A-Z]/.test(source[start]) ? W_FIRST_UPPER : 0;
    const info = gap | capital | (digits > 0 ? W_HAS_DIGIT : 0) | (digits === m[0].length ? W_ALL_DIGITS : 0);
    found.push({ start, end, hash: hashRange(lower, start, end) | 0, info });
    last = end;
  }
  return found;
}

function recorded(words: TextWords) {
  return Array.from({ length: words.count }, (_, k) => ({
    start: words.data[k * WORD_STRIDE + WORD_START],
    end: words.data[k * WORD_STRIDE + WORD_END],
    hash: words.data[k * WORD_STRIDE + WORD_HASH],
    info: words.data[k * WORD_STRIDE + WORD_INFO],
  }));
}

const piece = fc.oneof(
  fc.constantFrom('Ada', 'smith', 'O', "O'Brien", 'jean-luc', 'MCDONALD', 'Dr', 'J.', 'name', 'is', 'my', 'wife', 'speaking', 'call', 'me', 'Key'),
  fc.constantFrom('Joshua', 'kowalski', 'Talkington', 'Hello', 'Correct', 'I', 'i', 'rn', 'Name:', 'User:', "Dan's", 'A1b2', '42'),
  fc.constantFrom(' ', '  ', '.', '. ', ', ', '-', "'", '--', "''", ':', '\n', '\r\n', '!', '?', '(', ')', '"', '*', '|', '>', '\t', '/', '#'),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: 0, max: 999 }).map(String),
);

test('the pass records every ASCII word with its hash, digits and the gap before it', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      const words = wordsOf(text);
      assert.equal(words === undefined, /[^\x00-\x7f]/.test(text));
      if (!words) return;
      assert.deepEqual(recorded(words), expectedWords(text), JSON.stringify(text));
      // the pass over the lower case records the same words
      assert.deepEqual(recorded(wordsOf(text.toLowerCase())!), expectedWords(text, text.toLowerCase()), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('the arrays grow for texts with more words than they hold', () => {
  const text = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
  const words = wordsOf(text, newTextWords(1))!;
  assert.equal(words.count, 300);
  assert.deepEqual(recorded(words), expectedWords(text));
});

test('the person-name prefilter gives mayHoldName’s answer from the recorded words', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom('as is', 'upper', 'lower'), (parts, cased) => {
      const joined = parts.join('');
      const text = cased === 'upper' ? joined.toUpperCase() : cased === 'lower' ? joined.toLowerCase() : joined;
      const lower = text.toLowerCase();
      const expected = mayHoldName(lower, text);
      for (const source of [text, lower]) {
        const words = wordsOf(source);
        if (!words) continue;
        assert.equal(mayHoldNameInWords(words, text), expected, JSON.stringify(text));
        assert.equal(mayHoldNameInWords(words, text, lower), expected, `with its lower case: ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 4000 },
  );
});

test('the word prefilter agrees on hand-picked name signals and plain sentences', () => {
  const texts = [
    'I want to send money to Zarema Bektemirova', 'FAMILY: HUSBAND BILL CARAVELLO CALLED TONIGHT', 'J. Smith called',
    "I'm Daniel's daughter", 'Name:\nJosalind', 'Tammie Voglund is my name.', 'Brackenbury', 'q. lander', 'call me Ishmael',
    'How do I top up my card?', 'Hi, My cash withdrawal got declined at lunch today.', 'Correct.', 'Hello Agent',
    'rock-n-roll by Jean-Luc O\'Brien-Smith', 'code A12B then ask for Ms Ng', 'a. b. c. de', 'I. am. here',
  ];
  for (const text of texts) {
    const lower = text.toLowerCase();
    assert.equal(mayHoldNameInWords(wordsOf(lower)!, text), mayHoldName(lower, text), text);
  }
});
