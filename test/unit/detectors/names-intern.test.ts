// The token flags cache (tokenFacts.ts): a word interned by its packed key or by its characters must come back as
// itself with its own flags, whatever word held its slot before (words forced into one slot by passing one hash).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnvRange } from '../../../server/src/engine/detectors/fnv';
import { nameLexicon } from '../../../server/src/engine/detectors/names/lexicon';
import { internedFlags, internedWord, internWord, tokenFlags } from '../../../server/src/engine/detectors/names/tokenFacts';

const lex = nameLexicon();

/** Interns text[start, end) into the slot of `hash` and checks the word and flags it answers with. */
function interned(text: string, start: number, end: number, hash: number): void {
  const word = text.slice(start, end);
  const slot = internWord(lex, text, start, end, hash);
  assert.equal(internedWord(slot), word);
  assert.equal(internedFlags(slot), tokenFlags(lex, word), word);
}

test('words sharing a slot: each answers with itself, by packed key, by characters, after tokenFlags', () => {
  const hash = 0x2a2a;
  const text = "maria marib and the patricia-ann o'brien dr. abcdefghijkl abcdefghijklm x ab abcdefg abcdef é-word mariä";
  const words: [number, number][] = [];
  for (const m of text.matchAll(/[^ ]+/g)) words.push([m.index!, m.index! + m[0].length]);
  // every order of neighbours, twice (hits and misses of the same slot)
  for (let round = 0; round < 2; round++) {
    for (const [a, b] of words) {
      interned(text, a, b, hash);
      interned(text, a, b, hash);
    }
    for (let i = words.length - 1; i >= 0; i--) interned(text, words[i][0], words[i][1], hash);
  }
});

test('a slot taken over by tokenFlags no longer answers for the word interned there before', () => {
  for (const [own, other] of [['peter', 'maria'], ['smith', 'and'], ['abcdefghijkl', 'o\'brien']]) {
    const hash = fnvRange(own, 0, own.length);
    interned(other, 0, other.length, hash);
    tokenFlags(lex, own);
    interned(other, 0, other.length, hash);
    assert.equal(internedWord(internWord(lex, own, 0, own.length, hash)), own);
  }
});

test('packed keys tell apart words that differ only in length or in the seventh character on', () => {
  const hash = 0x1357;
  for (const w of ['abcdef', 'abcdefg', 'abcdefa', 'aabcdef', 'bcdef', 'abcdefghijkl', 'abcdefghijka', 'a', 'aa', "a'", 'a-', 'a.']) {
    interned(w, 0, w.length, hash);
    interned(` ${w} `, 1, w.length + 1, hash);
  }
});
