// The generated name dictionaries: up to date with their sources, and the word table answers like plain sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexiconFlags, renderLexiconModule } from '../../../server/src/engine/detectors/names/lexiconSource';
import { nameLexicon, WORD_FLAG } from '../../../server/src/engine/detectors/names/lexicon';
import { encodeWordTable, WordTable } from '../../../server/src/engine/detectors/names/wordTable';

const GENERATED = join(__dirname, '../../../server/src/engine/detectors/names/lexiconData.generated.ts');

test('lexiconData.generated.ts matches the installed packages and names/words.ts (else: npx tsx scripts/gen-name-lexicon.ts)', () => {
  assert.ok(readFileSync(GENERATED, 'utf8') === renderLexiconModule(buildLexiconFlags()), 'stale generated lexicon');
});

test('every word of the sources has its flags in the runtime lexicon, and near misses have none', () => {
  const flags = buildLexiconFlags();
  const lex = nameLexicon();
  for (const [w, f] of flags) {
    assert.equal(lex.flags(w), f, w);
    const padded = `xx ${w} yy`;
    assert.equal(lex.flagsAt(padded, 3, 3 + w.length), f, w);
    if (!flags.has(`${w}q`)) assert.equal(lex.flags(`${w}q`), 0, `${w}q`);
  }
  assert.equal(lex.flags(''), 0);
});

test('the lexicon knows the words the detector relies on', () => {
  const lex = nameLexicon();
  assert.ok(lex.first.has('joshua') && !lex.common.has('joshua'));
  assert.ok(lex.ambiguous.has('mark') && lex.ambiguous.has('will'));
  assert.ok(lex.nonName.has('monday') && lex.nonName.has('mastercard'));
  assert.ok(lex.common.has('transfer') && lex.last.has('gavrilova') === lex.last.has('gavrilova'));
  assert.ok((lex.flags('jackson') & WORD_FLAG.nonName) === 0, 'a place that is a common given and family name stays a name');
});

test('word table: collisions in one bucket, prefixes and extensions of entries', () => {
  const words = new Map([['ab', 1], ['abc', 2], ['b', 4], ['abd', 8], ['é', 16]]);
  const { text, flagValues } = encodeWordTable(words, 1);
  const table = new WordTable(text, flagValues, 1);
  for (const [w, f] of words) assert.equal(table.flags(w), f, w);
  for (const w of ['a', 'abcd', 'ba', 'c', 'e', '']) assert.equal(table.flags(w), 0, w);
  assert.throws(() => encodeWordTable(new Map([['aBc', 1]]), 1), /reserved/);
});
