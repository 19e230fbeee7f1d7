// Name tokens built from the runner's one-pass words (wordTokens.ts) must be the tokenizer's tokens, field for
// field, flags included: on every ASCII corpus text, the detector's own examples, and generated texts. Signatures
// and last-line signatures found with the words' help are the ones found without.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadBanking77, loadCorpora } from '../../../bench/corpora';
import { NAME_EXAMPLES } from '../../../server/src/engine/detectors/names/examples';
import { nameLexicon } from '../../../server/src/engine/detectors/names/lexicon';
import { lastLineSignature, signatures } from '../../../server/src/engine/detectors/names/signatures';
import { tokenFlags } from '../../../server/src/engine/detectors/names/tokenFacts';
import { tokenize, type Token } from '../../../server/src/engine/detectors/names/tokens';
import { tokensFromWords } from '../../../server/src/engine/detectors/names/wordTokens';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';
import { newTextWords } from '../../../server/src/engine/detectors/textWords';
import { buildTriggerIndex } from '../../../server/src/engine/detectors/triggers';
import type { TextWords } from '../../../server/src/engine/detectors/types';
import { sharedDir, skipWithoutShared } from '../../support/shared';

const index = buildTriggerIndex([]);
const words: TextWords = newTextWords(2);
const lex = nameLexicon();

/** The one pass over `source` (the text or its lower case); undefined for a non-ASCII text. */
function wordsOf(source: string): TextWords | undefined {
  const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
  return scanAscii(source, index, new Uint32Array(0), 1, out, words) ? words : undefined;
}

function expectedTokens(text: string, lower: string): Token[] {
  const tokens = tokenize(text, lower);
  for (const t of tokens) t.flags = tokenFlags(lex, t.lower);
  return tokens;
}

/** Compares both ways of tokenizing `text`; false when the text is not ASCII (no words to build from). */
function sameTokens(text: string): boolean {
  const lower = text.toLowerCase();
  const expected = expectedTokens(text, lower);
  let compared = false;
  // the pass may have read the text or its lower case: the same words either way
  for (const source of [text, lower]) {
    const w = wordsOf(source);
    if (!w) continue;
    assert.deepEqual(tokensFromWords(text, lower, w, lex), expected, JSON.stringify(text));
    assert.deepEqual(signatures(text, lex, w), signatures(text, lex), JSON.stringify(text));
    assert.deepEqual(lastLineSignature(text, lex, lower, w), lastLineSignature(text, lex), JSON.stringify(text));
    compared = true;
  }
  return compared;
}

test('tokens from words: hand-picked joins, dots, possessives, digits and sentence ends', () => {
  const texts = [
    "O'Brien-Smith's dog.", "a-'b x--y", 'J. R. R. Tolkien met Dr.Who', "it's 'quoted' - dash- end.", 'e.g. i.e. St. Mary',
    "ab's AB'S Dan's", 'PLAN: DR RIZZO IN TO TALK WITH PT.', 'hey Bridgette Savary speaking!', "  -a a' --",
    'abc123def 2pm 1st x1-y A12B-c d-3e ab1.cd Mr.. Smith J.) Ng mr. jones.', 'Daniel\'s. dtr-KRISSY---301 wife-Joellen',
    'end. Start', 'no. 5 pt. Ann St.Mark', "rock-n-roll o'-x a-b-c-d Jean-Luc's", 'x.y.z. A.B. Mrs.Ng', '', '42', '...',
    'ETC. Prof. PROF.X capt.', "Dan's's it''s ''s", '"Ada" (Ng) [Li] {Bo} |Al| >Ed *Jo ;Su :Vi ?Mo !Ty',
    'Patricia Nolan, RN', ' DAN A. FORMAN-LYONS, RRT\nok', 'seen by Q. LANDER RRT. Next', 'ANA LEE PA-C', 'Bo Ek, PhD', 'x_RN y',
    'NOT 1400U/HR. SUSAN', 'call me\nSUSAN', 'bye! Maria Lopez.', 'ok.\n> JOHN SMITH ', 'x. SUSAN. .', 'thanks - Susan', 'Maria',
  ];
  for (const t of texts) assert.equal(sameTokens(t), true, t);
});

test('tokens from words agree with the tokenizer on generated texts', () => {
  const piece = fc.oneof(
    fc.constantFrom('Ada', 'Susan', 'smith', 'O', "O'Brien", 'jean-luc', 'MCDONALD', 'Dr', 'dr', 'Mrs', 'St', 'J', 'etc', 'no', 'i'),
    fc.constantFrom('Joshua', 'kowalski', "Dan's", 'A1b2', '42', '2pm', 'x9', 'the', 'and', 'wife', 's', 'S', 'ab'),
    fc.constantFrom('RN', 'rn', 'Rn', 'PA-C', 'pa', 'PhD', 'PHD', 'md', 'MD.', 'RRT', 'np_', '_NP', 'RN2', 'LICSW'),
    fc.constantFrom(' ', '  ', '.', '. ', '..', ', ', '-', "'", '--', "''", ':', '\n', '\r\n', '!', '?', '(', ')', '"', '*', '|', '>', '\t', '/', '#'),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: 0, max: 999 }).map(String),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('as is', 'upper', 'lower'), (parts, cased) => {
      const joined = parts.join('');
      const text = cased === 'upper' ? joined.toUpperCase() : cased === 'lower' ? joined.toLowerCase() : joined;
      assert.equal(sameTokens(text), !/[^\x00-\x7f]/.test(text));
    }),
    { numRuns: 5000 },
  );
});

test('tokens from words agree with the tokenizer on the detector’s examples', () => {
  let compared = 0;
  for (const e of [...NAME_EXAMPLES.truePositives, ...NAME_EXAMPLES.falsePositives]) if (sameTokens(e.text)) compared++;
  assert.ok(compared > 20, `${compared} ASCII examples compared`);
});

test('tokens from words agree with the tokenizer on every ASCII corpus text', { skip: skipWithoutShared() }, () => {
  const shared = sharedDir()!;
  let compared = 0;
  for (const corpus of loadCorpora(shared)) for (const t of corpus.texts) if (sameTokens(t.text)) compared++;
  for (const text of loadBanking77(shared)) if (sameTokens(text)) compared++;
  assert.ok(compared > 10_000, `${compared} texts compared`);
});
