// What the JSON walk saw stands in for a second scan of the whole text when the document parsed without
// problems: the training-data opt-out check reads the walk's `false` literals, the NUL warning its first NUL
// inside a string. On such documents both ways must give exactly the same result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trainingOptOutIssues } from '../../../server/src/engine/appcode';
import { parseDocument } from '../../../server/src/engine/formats';
import { walkJson } from '../../../server/src/engine/formats/jsonWalker';
import { characterWarnings } from '../../../server/src/engine/formats/sanity';
import type { ParseProblem } from '../../../server/src/engine/types';

/** Both ways on one document; returns the issues (the full scan when the walk reported problems). */
function bothWays(raw: string) {
  const problems: ParseProblem[] = [];
  const walk = walkJson(raw, problems);
  const scanned = trainingOptOutIssues(raw);
  if (problems.length === 0) {
    assert.deepEqual(trainingOptOutIssues(raw, walk.falseValues), scanned, raw);
    assert.deepEqual(characterWarnings(raw, walk.firstNul), characterWarnings(raw), raw);
  }
  return { scanned, clean: problems.length === 0 };
}

const OPT_KEYS = ['learning_opt_out', 'learningOptOut', 'a"learning_opt_out', 'learning_opt_out ', 'xlearningOptOut', 'learning_opt_ou', 'name'];
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');

/** Random JSON with opt-out keys at any depth (false, true, strings holding the key text), in varied layouts. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(false, true, null, 0, 'x', '"learning_opt_out": false', 'learning_opt_out', 'a\0b', '\0', '\uFFFD\0'),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...OPT_KEYS), fc.string({ maxLength: 4 })), tie('v')), { maxLength: 5 }).map((kv) => Object.fromEntries(kv)),
  ),
})).v;

function layout(v: unknown, sp: string[], at = { i: 0 }): string {
  const s = () => sp[at.i++ % sp.length];
  if (Array.isArray(v)) return `[${s()}${v.map((x) => layout(x, sp, at)).join(`${s()},${s()}`)}${s()}]`;
  if (v !== null && typeof v === 'object') {
    return `{${s()}${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${s()}:${s()}${layout(x, sp, at)}`).join(`,${s()}`)}${s()}}`;
  }
  return JSON.stringify(v);
}

test('opt-out from the walk equals the full-text scan on random well-formed JSON', () => {
  fc.assert(
    fc.property(value, fc.array(space, { minLength: 1, maxLength: 6 }), (v, sp) => {
      const raw = layout({ intents: [], body: v, learning_opt_out: false }, sp);
      const { scanned, clean } = bothWays(raw);
      assert.ok(clean, raw);
      assert.ok(scanned.length >= 1);
    }),
    { numRuns: 400 },
  );
});

test('opt-out: keys ending in an escaped quote, nested keys, old name, strings and malformed input', () => {
  const cases = [
    '{"intents":[],"a\\"learning_opt_out" : false}',
    '{"intents":[],"metadata":{"learningOptOut":\n\tfalse},"x":[{"learning_opt_out":false}]}',
    '{"intents":[{"intent":"i","examples":[{"text":"\\"learning_opt_out\\": false"}]}],"learning_opt_out":true}',
    '{"intents":[],"learning\\u005fopt_out":false,"learning_opt_out ":false,"s":"learning_opt_out":false}',
    '{"intents":[],"learning_opt_out":\u00a0false}',
    '{"intents":[],"learning_opt_out" /* c */ : false}',
  ];
  const found = cases.map((raw) => bothWays(raw));
  assert.deepEqual(found.map((f) => f.scanned.length), [1, 2, 0, 1, 1, 0]);
  assert.deepEqual(found.map((f) => f.clean), [true, true, true, false, false, false]);
  // Through the public API: the range is the `false` value, the field path the key as written.
  const raw = '{\n  "intents": [],\n  "learningOptOut"  :  false\n}';
  const doc = parseDocument(raw, { path: 'w.json' });
  assert.equal(doc.structural.length, 1);
  const issue = doc.structural[0];
  assert.equal(raw.slice(issue.offset, issue.offset + issue.length), 'false');
  assert.equal(issue.fieldPath, 'learningOptOut');
});

test('NUL warnings: inside strings, after a backslash, outside strings (a parse problem: full search)', () => {
  const cases = [
    '{"intents":[{"intent":"a\0b","examples":[]}],"x":"\0"}',
    '{"intents":[],"note":"bad \\\0 escape","y":"\0"}',
    '{"intents":[],"other":{"deep":["\0"]}}',
    '{"intents":[]}\0',
    '{"intents":[] \0 }',
    '{"intents":["a"],"b":"\uFFFD"}',
  ];
  // Padding keeps two NULs from making the file look binary.
  const clean = cases.map((c) => {
    const raw = c.replace('{"intents":', `{"pad":"${'p'.repeat(200)}","intents":`);
    const { clean } = bothWays(raw);
    const nul = parseDocument(raw, { path: 'w.json' }).problems.find((p) => p.message.startsWith('NUL'));
    assert.equal(nul?.offset ?? -1, raw.indexOf('\0'), raw);
    return clean;
  });
  assert.deepEqual(clean, [true, true, true, false, false, true]);
});
