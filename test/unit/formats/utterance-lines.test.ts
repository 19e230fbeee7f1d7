// A lint reads an utterance log as line ranges (UtteranceLines) instead of one object per line: the ranges
// must give exactly the texts extraction gives, and lint() exactly what lintDocument(parseDocument()) reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter, parseDocument } from '../../../server/src/engine';
import { FlatWindows } from '../../../server/src/engine/formats/flatWindows';
import { parseForLint } from '../../../server/src/engine/formats/parse';
import type { FileKind } from '../../../server/src/engine/types';

const PIECES = ['my name is Loreen Fairbanks', 'call (415) 867-2290', 'dana.lee@gmail.com', 'hello', '"quoted, cell"', '"a ""doubled"" quote"', '"multi\nline"', '"unterminated', ',', ' ', 'é😀', '\n', '\r\n', '\r', '\n\n', '\uFEFF', '"'];
const logs = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
const targets: { kind?: FileKind; path?: string }[] = [{ kind: 'utterances' }, { kind: 'utterances', path: 'log.txt' }, { path: 'log.csv' }, { path: 'utterances.txt' }];

function sameTexts(raw: string, target: { kind?: FileKind; path?: string }): void {
  const doc = parseDocument(raw, target);
  const forLint = parseForLint(raw, target);
  assert.equal(forLint.kind, doc.kind);
  assert.deepEqual(forLint.problems, doc.problems);
  assert.deepEqual(forLint.counts, doc.counts);
  if (!forLint.lines) {
    assert.equal(doc.kind === 'utterances' && doc.texts.length > 0, false, 'an utterance log comes as lines');
    return;
  }
  assert.equal(forLint.texts.length, 0);
  assert.equal(forLint.lines.count, doc.texts.length);
  for (let i = 0; i < doc.texts.length; i++) {
    assert.equal(forLint.lines.textOf(i), doc.texts[i].text, `text ${i}`);
    const a = forLint.lines.at(i);
    assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(doc.texts[i])), `text ${i}`);
    assert.equal(a.constructor, doc.texts[i].constructor);
  }
}

test('line ranges give the texts extraction gives (line ends, CSV quoting, BOM, blank lines)', () => {
  for (const raw of ['a\nb\r\nc\rd', '\uFEFFone\ntwo', '"x ""y"" z",extra\nplain, with comma\n\n"multi\nline"\nlast', '', '\n\n']) {
    for (const target of targets) sameTexts(raw, target);
  }
  fc.assert(fc.property(logs, fc.constantFrom(...targets), (raw, target) => sameTexts(raw, target)), { numRuns: 1500 });
});

test('lint() of an utterance log reports what lintDocument(parseDocument()) reports', () => {
  const linter = createLinter(undefined, { cacheSize: 0 });
  const check = (raw: string, target: { kind?: FileKind; path?: string }) => {
    const viaLines = linter.lint(raw, target);
    const viaTexts = linter.lintDocument(raw, parseDocument(raw, target), { path: target.path });
    assert.equal(JSON.stringify(viaLines), JSON.stringify(viaTexts));
  };
  check('my name is Loreen Fairbanks\r\ncall (415) 867-2290\n"mail ""dana.lee@gmail.com"" now"\n', { path: 'log.csv' });
  fc.assert(fc.property(logs, fc.constantFrom(...targets), check), { numRuns: 300 });
});

test('a log longer than the first 64K suggest grows its line ranges', () => {
  const raw = 'x'.repeat(70_000) + '\n' + 'a\n'.repeat(5000) + 'my name is Loreen Fairbanks\n';
  const forLint = parseForLint(raw, { kind: 'utterances' });
  assert.equal(forLint.lines?.count, 5002);
  assert.equal(forLint.lines?.textOf(5001), 'my name is Loreen Fairbanks');
  const doc = parseDocument(raw, { kind: 'utterances' });
  assert.equal(forLint.lines?.at(5001).path, doc.texts[5001].path);
});

test('a lint reads each line inside a flat window of the log; lines across window ends find the same', () => {
  // lines of varied length (one longer than a window) so window ends fall inside lines and after them
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 120_000; i++) {
    lines.push(i % 97 === 0 ? `call (415) 867-${String(1000 + i).slice(-4)} ${'x'.repeat(i % 5 === 0 ? 40_000 : 0)}` : `my name is Loreen Fairbanks, lives at ${i} Main Street ${'.'.repeat(i % 13)}`);
  }
  const raw = lines.join('\n') + '\n';
  const linter = createLinter(undefined, { cacheSize: 0 });
  const viaLines = linter.lint(raw, { kind: 'utterances' });
  const viaTexts = linter.lintDocument(raw, parseDocument(raw, { kind: 'utterances' }));
  assert.ok(viaLines.findings.length > 100);
  assert.equal(JSON.stringify(viaLines), JSON.stringify(viaTexts));
});

test('FlatWindows holds any range asked for, at the offset it reports', () => {
  const raw = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'ab'.repeat(i % 50)}`).join('\n');
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(raw.length), fc.nat(50_000)), { maxLength: 30 }), (ranges) => {
      const windows = new FlatWindows(raw);
      // in document order, as a lint asks
      const sorted = ranges.map(([a, len]) => [a, Math.min(raw.length, a + len)] as const).sort((x, y) => x[0] - y[0]);
      for (const [from, to] of sorted) {
        const text = windows.cover(from, to);
        const at = from - windows.startOf();
        assert.equal(text.slice(at, at + (to - from)), raw.slice(from, to));
      }
    }),
    { numRuns: 300 },
  );
});
