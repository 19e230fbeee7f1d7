// The in-place character checks of the name scorer answer like the short regexes they replaced, and the word before
// a position lets through every match of the patterns it gates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BEFORE_ARTICLE, BEFORE_NAMING, BEFORE_PLACE_PREP, commaBefore, digitAfter, digitBefore, lineEndAfter, lineStartBefore, lineStartWithin,
  mayStartWith, nonAsciiIn, wordBefore, wordBeforeKind,
} from '../../../server/src/engine/detectors/names/nearText';
import { NAME_EXAMPLES } from '../../../server/src/engine/detectors/names/examples';

const TEXTS = [
  'Flat 4 \tAnna, 12  Main st\n9 Bob 7\t x', 'call 555 1234 Ana and  7 Elm', ' the  Troubadour, a Peruvian, an Ox; éthe X',
  'in Paris at\tNoon, near\u00a0Rome into X via Y towards Z from A to B of C', 'a restaurant called  Zed, a band named Ox',
  'Leon\n and 5 Main', 'Hi, \tMark! x,Y\n> Ana: hi\n\t>Bo: "x"', 'Ana \u00a0and 66', 'x and', ...[...NAME_EXAMPLES.truePositives, ...NAME_EXAMPLES.falsePositives].map((e) => e.text),
];
const GATED = [
  { words: ['the', 'a', 'an'], re: /(?:^|[^\p{L}])(?:the|a|an)\s+$/u },
  { words: ['called', 'named'], re: /(?:restaurant|place|band)s? (?:called|named)\s*$/u },
  { words: ['in', 'at', 'near', 'into', 'via', 'around', 'across', 'outside', 'inside', 'toward', 'towards', 'from', 'to', 'of'], re: /(?:^|[^\p{L}])(?:in|at|near|into|via|around|across|outside|inside|toward|towards|from|to|of)\s+$/u },
];

test('digitBefore / digitAfter answer like /\\d[ \\t]*$/ and /^[ \\t]*\\d/ on their windows', () => {
  let matched = 0;
  for (const text of TEXTS) {
    for (let p = 0; p <= text.length; p++) {
      const before = /\d[ \t]*$/.test(text.slice(Math.max(0, p - 12), p));
      assert.equal(digitBefore(text, p, 12), before, `${JSON.stringify(text)} at ${p}`);
      assert.equal(digitAfter(text, p, 4), /^[ \t]*\d/.test(text.slice(p, p + 4)), `${JSON.stringify(text)} at ${p}`);
      assert.equal(commaBefore(text, p, 3), /,[ \t]*$/.test(text.slice(Math.max(0, p - 3), p)), `${JSON.stringify(text)} at ${p}`);
      assert.equal(lineStartWithin(text, p, 4), /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, p - 4), p)), `${JSON.stringify(text)} at ${p}`);
      if (before) matched++;
    }
  }
  assert.ok(matched > 10);
});

test('wordBefore is one of the words of every end-anchored pattern that matches', () => {
  let matched = 0;
  for (const text of TEXTS) {
    const lower = text.toLowerCase();
    for (let p = 0; p <= lower.length; p++) {
      const from = Math.max(0, p - 48);
      const word = wordBefore(lower, from, p);
      for (const g of GATED) {
        if (!g.re.test(lower.slice(from, p))) continue;
        matched++;
        assert.ok(g.words.includes(word), `${g.re} at ${p} of ${JSON.stringify(text)}: ${word}`);
      }
    }
  }
  assert.ok(matched > 10);
});

test('mayStartWith holds wherever /^\\s+and\\s/ matches', () => {
  for (const text of TEXTS) {
    for (let p = 0; p <= text.length; p++) {
      if (/^\s+and\s/.test(text.slice(p))) assert.ok(mayStartWith(text, p, 'and'), `${JSON.stringify(text)} at ${p}`);
    }
  }
  assert.equal(mayStartWith('x and', 1, 'and'), true);
  assert.equal(mayStartWith('xand', 1, 'and'), false);
});

test('lineStartBefore / lineEndAfter answer like lastIndexOf and a check of the characters between', () => {
  const onlyChars = (text: string, from: number, to: number, marks: string) => /^[\s]*$/.test(text.slice(from, to).replace(new RegExp(`[${marks.replace(/[-\]\\^]/g, '\\$&')}]`, 'g'), ''));
  const texts = [...TEXTS, '4 Main St\n > • Ana Lee\nBob', '\n\n* - Ana\n', 'x\n ?Ana ,. \n y', 'Ana Lee:\nx', 'a\r\n\tAna'];
  let starts = 0;
  for (const text of texts) {
    // (from 1: lastIndexOf('\n', -1) looks at text[0], and callers ask at a word's start, never at a newline)
    for (let p = 1; p <= text.length; p++) {
      for (const marks of ['>?•*-', '>?•*:-', ',.', '']) {
        const lineStart = text.lastIndexOf('\n', p - 1) + 1;
        const expectStart = onlyChars(text, lineStart, p, marks) ? lineStart : -1;
        assert.equal(lineStartBefore(text, p, marks), expectStart, `${JSON.stringify(text)} at ${p} ${marks}`);
        let lineEnd = text.indexOf('\n', p);
        if (lineEnd < 0) lineEnd = text.length;
        assert.equal(lineEndAfter(text, p, marks), onlyChars(text, p, lineEnd, marks) ? lineEnd : -1, `${JSON.stringify(text)} at ${p} ${marks}`);
        if (expectStart > 0) starts++;
      }
    }
  }
  assert.ok(starts > 10);
});

test('wordBeforeKind answers like the article and place-preposition patterns, and names "called"/"named"', () => {
  const article = /(?:^|[^\p{L}])(?:the|a|an)\s+$/u;
  const prep = /(?:^|[^\p{L}])(?:in|at|near|into|via|around|across|outside|inside|toward|towards|from|to|of)\s+$/u;
  const texts = [...TEXTS, 'éthe X, 𝐀the Y, \ud835the Z, xa B,a C;an\u2003D', 'the', 'a  ', 'called Bo, renamed Al, named\tEd', 'intothe X\n\nof\nY'];
  let matched = 0;
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let p = 0; p <= lower.length; p++) {
      for (const from of [Math.max(0, p - 48), Math.max(0, p - 3)]) {
        const kind = wordBeforeKind(lower, from, p);
        const slice = lower.slice(from, p);
        const where = `${p} (from ${from}) of ${JSON.stringify(text)}`;
        assert.equal((kind & BEFORE_ARTICLE) !== 0, article.test(slice), `article at ${where}`);
        assert.equal((kind & BEFORE_PLACE_PREP) !== 0, prep.test(slice), `preposition at ${where}`);
        assert.equal((kind & BEFORE_NAMING) !== 0, wordBefore(lower, from, p) === 'called' || wordBefore(lower, from, p) === 'named', `naming at ${where}`);
        if (kind !== 0) matched++;
      }
    }
  }
  assert.ok(matched > 40, `${matched} positions matched`);
});

test('nonAsciiIn answers like /[^\\x00-\\x7f]/ on the slice', () => {
  for (const text of [...TEXTS, 'Ömür Þórbergur', 'ascii only', '\u007f\u0080', '𝐀x']) {
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= Math.min(text.length, a + 6); b++) assert.equal(nonAsciiIn(text, a, b), /[^\x00-\x7f]/.test(text.slice(a, b)), `${JSON.stringify(text)} [${a}, ${b})`);
    }
  }
});
