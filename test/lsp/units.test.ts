// The language server's pure helpers: merging pending edits, the incremental analysis against a full
// one, allow-list edits of the config file, ignore globs and settings normalisation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeSpan, type PendingSpan } from '../../server/src/lsp/documents';
import { addAllowEntry, newConfigText } from '../../server/src/lsp/allowValue';
import { ignoreMatcher } from '../../server/src/lsp/ignoreGlobs';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { analyzeFull, analyzeIncremental, allFindings, type Analysis } from '../../server/src/lsp/analysis';
import { wrapLinter } from '../../server/src/lsp/engineApi';
import { createLinter } from '../../server/src/engine';

function apply(text: string, offset: number, oldLength: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + oldLength);
}

describe('composeSpan', () => {
  test('the merged span turns the original text into the final text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }),
        (original, changes) => {
          let current = original;
          let span: PendingSpan | null = null;
          for (const [o, l, ins] of changes) {
            const offset = o % (current.length + 1);
            const oldLength = Math.min(l, current.length - offset);
            const before = current;
            span = composeSpan(span, { offset, oldLength, newLength: ins.length, oldText: before.slice(offset, offset + oldLength) }, (a, b) => before.slice(a, b));
            current = apply(current, offset, oldLength, ins);
          }
          const s = span!;
          const rebuilt = apply(original, s.offset, s.oldLength, current.slice(s.offset, s.offset + s.newLength));
          assert.equal(rebuilt, current);
          assert.equal(s.oldText, original.slice(s.offset, s.offset + s.oldLength));
        },
      ),
    );
  });
});

describe('incremental analysis', () => {
  const examples = ['change my email to dana.whitfield@gmail.com', 'call (415) 555-2671', 'hello there', 'ssn 536-22-9145 please'];
  const base = JSON.stringify({ intents: [{ intent: 'contact', examples: examples.map((text) => ({ text })) }] }, null, 2);
  const linter = wrapLinter(createLinter());
  const key = (a: Analysis) => allFindings(a).map((f) => `${f.ruleId}@${f.offset}+${f.length}`);

  test('typing, deleting and replacing inside values gives the same findings as a full lint', async () => {
    const edits: [string, string][] = [
      ['hello there', 'hello there, mail me at kim.park@gmail.com'],
      ['dana.whitfield@gmail.com', 'dana'],
      ['call ', 'call me on '],
      ['536-22-9145', '536-22-914'],
    ];
    let raw = base;
    let a = (await analyzeFull(linter, raw, 1, { target: { path: 'x.json' }, budgetMs: 1e9, isStale: () => false }))!;
    let version = 1;
    for (const [from, to] of edits) {
      const at = raw.indexOf(from);
      const next = apply(raw, at, from.length, to);
      const r = analyzeIncremental(linter, a, next, ++version, { offset: at, oldLength: from.length, newLength: to.length, oldText: from }, { path: 'x.json' });
      assert.ok(!('fallback' in r), `"${from}" → "${to}" should stay incremental`);
      const full = (await analyzeFull(linter, next, version, { target: { path: 'x.json' }, budgetMs: 1e9, isStale: () => false }))!;
      assert.deepEqual(key(r), key(full));
      assert.equal(r.incremental, true);
      a = r;
      raw = next;
    }
  });

  test('a structural edit falls back to a full lint', async () => {
    const a = (await analyzeFull(linter, base, 1, { target: { path: 'x.json' }, budgetMs: 1e9, isStale: () => false }))!;
    const at = base.indexOf('"hello there"') + '"hello there"'.length;
    const next = apply(base, at, 0, ', "extra": 1');
    const r = analyzeIncremental(linter, a, next, 2, { offset: at, oldLength: 0, newLength: ', "extra": 1'.length, oldText: '' }, { path: 'x.json' });
    assert.ok('fallback' in r);
  });
});

describe('allow-list edits', () => {
  const hash = 'a'.repeat(64);
  test('a new config file carries the entry, and $schema only when the package is installed there', () => {
    const c = JSON.parse(newConfigText({ hash }, true));
    assert.match(c.$schema, /piilintrc\.schema\.json$/);
    assert.deepEqual(c.allow, [{ hash }]);
    assert.deepEqual(JSON.parse(newConfigText({ hash })), { allow: [{ hash }] });
  });
  test('adds to an existing allow array, keeps comments, does not duplicate', () => {
    const text = '{\n  // team config\n  "minConfidence": 0.6,\n  "allow": ["ACME Corp"]\n}\n';
    const r = addAllowEntry(text, { hash, note: 'email' });
    assert.equal(r.added, true);
    assert.match(r.text, /\/\/ team config/);
    assert.match(r.text, /"ACME Corp"/);
    assert.match(r.text, new RegExp(`"hash": "${hash}"`));
    assert.equal(addAllowEntry(r.text, { hash: hash.toUpperCase() }).added, false);
  });
  test('creates the allow array when missing and replaces a broken file', () => {
    const r = addAllowEntry('{ "rules": {} }', { hash });
    assert.deepEqual(JSON.parse(r.text).allow, [{ hash }]);
    const broken = addAllowEntry('not json', { hash });
    assert.deepEqual(JSON.parse(broken.text).allow, [{ hash }]);
  });
});

describe('ignore globs', () => {
  test('folder globs match relative paths; bare globs match any segment', () => {
    const m = ignoreMatcher(['vendor/**', '*.bak.json', 'generated']);
    assert.equal(m('vendor/a/b.json'), true);
    assert.equal(m('src/vendor.json'), false);
    assert.equal(m('skills/x.bak.json'), true);
    assert.equal(m('a/generated/x.csv'), true);
    assert.equal(m('skills/dialog.json'), false);
  });
});

describe('settings', () => {
  test('invalid values fall back to defaults', () => {
    const s = normalizeSettings({ enable: 'yes', run: 'sometimes', severity: { email: 'loud', ssn: 'off' }, minConfidence: 7, maxFileSizeMB: -1, kinds: { bogus: ['x'], utterances: '*.log' } });
    assert.equal(s.enable, true);
    assert.equal(s.run, 'onType');
    assert.deepEqual(s.severity, { ssn: 'off' });
    assert.equal(s.minConfidence, null);
    assert.equal(s.maxFileSizeMB, 20);
    assert.deepEqual(s.kinds, { utterances: ['*.log'] });
    assert.equal(normalizeSettings({ healthTermsAlone: true }).phiSensitivity, 'strict');
  });
});
