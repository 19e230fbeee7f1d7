// Name tokens read their word and gap from the text, and the per-word flags cache answers like a fresh lookup
// whatever evicted what before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../server/src/engine/detectors/names/tokens';
import { nameLexicon } from '../../../server/src/engine/detectors/names/lexicon';
import { everyday, isParticle, isTitle, surnameShaped, tokenFlags } from '../../../server/src/engine/detectors/names/tokenFacts';

// (a possessive "'s" belongs to neither the word nor the next gap)
test('a token\'s text and gap are the slices of the text around it', () => {
  const text = "Hi,  Dr. O'Brien-Smith's  dog.\nMEET ana\tvan Houtum — Zoë's café";
  const tokens = tokenize(text, text.toLowerCase());
  assert.deepEqual(tokens.map((t) => t.text), ['Hi', 'Dr.', "O'Brien-Smith", 'dog', 'MEET', 'ana', 'van', 'Houtum', 'Zoë', 'café']);
  assert.deepEqual(tokens.map((t) => t.gap), ['', ',  ', ' ', '  ', '.\n', ' ', '\t', ' ', ' — ', ' ']);
  for (const t of tokens) assert.equal(t.text, text.slice(t.start, t.end));
  assert.deepEqual(tokens.map((t) => t.possessive), [false, false, true, false, false, false, false, false, true, false]);
});

test('the flags cache gives the same flags after many other words have replaced its entries', () => {
  const lex = nameLexicon();
  const words = ['the', 'van', 'dr.', 'mark', 'kowalski', 'half-past', 'anna', 'zzqx', 'houtum', 'booking'];
  const first = words.map((w) => tokenFlags(lex, w));
  // Distinct words enough to pass through every slot of the cache several times.
  for (let k = 0; k < 300_000; k++) tokenFlags(lex, `w${k.toString(36)}`);
  assert.deepEqual(words.map((w) => tokenFlags(lex, w)), first);
  const flagsOf = (w: string) => ({ flags: tokenFlags(lex, w) }) as never;
  assert.equal(everyday(flagsOf('the')), true);
  assert.equal(isParticle(flagsOf('van')), true);
  assert.equal(isTitle(flagsOf('dr.')), true);
  assert.equal(surnameShaped(flagsOf('kowalski')), true);
  assert.equal(everyday(flagsOf('half-past')), true);
  assert.equal(everyday(flagsOf('zzqx')), false);
});
