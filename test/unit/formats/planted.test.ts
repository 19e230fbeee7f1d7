// Plants a value in every role of every format (inside JSON escapes, after non-ASCII and emoji, inside quoted
// multi-line CSV cells with doubled quotes and CRLF, after a BOM) and checks that the range the format layer
// reports, sliced from the raw file, is exactly the value's raw form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, toRawRange } from '../../../server/src/engine/formats';
import type { FileKind, Role } from '../../../server/src/engine/types';
import { assertRangesSane, jsonBody, quoteCell, writeJson, type StringStyle } from './helpers';

const VALUES = [
  'Loree Flinchum',
  'loree.flinchum@gmail.com',
  '4539 1488 0343 6467',
  'say "hi" \\ back/slash\ttab\nnew line',
  'Zoë Ångström 😀 émoji 𝒳',
  'comma, and "quotes"\r\nsecond line',
];
const SUFFIX = ' ¡fin';

interface Plant { role: Role; text: string; prefix: string; value: string }

function planter(value: string) {
  const plants: Plant[] = [];
  return {
    plants,
    p(role: Role): string {
      const prefix = `ünï 😀 [P${plants.length}] `;
      const text = prefix + value + SUFFIX;
      plants.push({ role, text, prefix, value });
      return text;
    },
  };
}

type P = (role: Role) => string;

function dialogWorkspace(p: P) {
  return {
    name: p('skill-name'),
    description: p('skill-description'),
    language: 'en',
    intents: [
      { intent: p('intent-name'), description: p('intent-description'), examples: [{ text: 'hello there' }, { text: p('intent-example') }] },
    ],
    counterexamples: [{ text: p('counterexample') }],
    entities: [
      { entity: p('entity-name'), values: [{ type: 'synonyms', value: p('entity-value'), synonyms: ['x', p('synonym')] }, { type: 'patterns', value: 'v', patterns: [p('pattern')] }] },
    ],
    dialog_nodes: [
      { dialog_node: 'n1', title: p('dialog-title'), output: { generic: [{ response_type: 'text', values: [{ text: p('dialog-response') }] }] }, context: { a: p('context-value'), nested: { deep: [1, p('context-value')] } } },
      { dialog_node: 'n2', output: { text: p('dialog-response') } },
      { dialog_node: 'n3', output: { text: { values: [p('dialog-response')], selection_policy: 'sequential' } } },
    ],
  };
}

function actionsExport(p: P) {
  return {
    name: p('skill-name'),
    type: 'action',
    workspace: {
      actions: [
        {
          action: 'action_1', title: p('action-title'), condition: { intent: 'action_1_intent_1' },
          steps: [
            { step: 's1', output: { generic: [{ response_type: 'text', values: [{ text_expression: { concat: [{ scalar: p('step-text') }, { variable: 'x' }] } }] }] } },
            { step: 's2', output: { generic: [{ response_type: 'text', values: [{ text: p('step-text') }] }] } },
          ],
          variables: [{ variable: 'step_1', title: p('variable-title'), data_type: 'any', initial_value: { scalar: p('variable-value') } }],
        },
      ],
      intents: [{ intent: 'action_1_intent_1', examples: [{ text: p('action-phrase') }] }],
      entities: [{ entity: p('entity-name'), values: [{ type: 'synonyms', value: p('entity-value'), synonyms: [p('synonym')] }, { value: 'p', type: 'patterns', patterns: [p('pattern')] }] }],
      variables: [{ variable: 'session_v', title: 'Session', description: p('variable-description'), initial_value: { scalar: p('variable-value') }, privacy: { enabled: true } }],
      counterexamples: [{ text: p('counterexample') }],
    },
  };
}

function logEvents(p: P) {
  return [
    { log_id: 'a', request: { input: { text: p('log-input') } }, response: { output: { text: ['', p('log-output')] } } },
    { log_id: 'b', request: { input: { text: p('log-input') } }, response: { output: { generic: [{ response_type: 'text', text: p('log-output') }] } } },
  ];
}

interface Built { raw: string; plants: Plant[]; path: string; kind: FileKind; encode: (s: string) => string }

function* jsonCases(value: string): Generator<Built> {
  for (const style of ['plain', 'ascii'] as StringStyle[]) {
    for (const [indent, eol] of [[2, '\n'], [0, '\n'], [4, '\r\n']] as [number, string][]) {
      for (const bom of ['', '\uFEFF']) {
        const encode = (s: string) => jsonBody(s, style);
        const make = (kind: FileKind, build: (p: P) => unknown) => {
          const pl = planter(value);
          return { raw: bom + writeJson(build(pl.p), style, indent, eol), plants: pl.plants, path: `x/${kind}.json`, kind, encode };
        };
        yield make('dialog', dialogWorkspace);
        yield make('actions', actionsExport);
        yield make('logs', logEvents);
        yield make('logs', (p) => ({ logs: logEvents(p), pagination: {} }));
      }
    }
  }
}

function* csvCases(value: string): Generator<Built> {
  const simple = !/[",\r\n]/.test(value);
  for (const eol of ['\r\n', '\n']) {
    for (const bom of ['', '\uFEFF']) {
      for (const quoteAll of simple ? [false, true] : [true]) {
        const cell = (s: string) => (quoteAll || /[",\r\n]/.test(s) ? quoteCell(s) : s);
        const encode = (s: string) => (quoteAll || /[",\r\n]/.test(value) ? s.replace(/"/g, '""') : s);
        const rows = (kind: FileKind, path: string, build: (p: P) => string[][]): Built => {
          const pl = planter(value);
          const lines = build(pl.p).map((r) => r.map(cell).join(','));
          return { raw: bom + lines.join(eol) + eol, plants: pl.plants, path, kind, encode };
        };
        yield rows('intents-csv', 'data/intents.csv', (p) => [['hello there', 'greet'], [p('intent-example'), p('intent-name')]]);
        yield rows('entities-csv', 'data/entities.csv', (p) => [['amenity', 'gas', 'fuel'], [p('entity-name'), p('entity-value'), p('synonym')]]);
        yield rows('phrases-csv', 'data/action-phrases.csv', (p) => [['book a table'], [p('action-phrase')]]);
        yield rows('phrases-csv', 'data/phrases.csv', (p) => [['book a table', 'action_1_intent_1'], [p('action-phrase'), p('intent-name')]]);
        yield rows('utterances', 'logs/utterances.csv', (p) => [['first utterance'], [p('utterance')], ['last one']]);
        // Patterns are written /regex/; the pattern text is inside the slashes.
        const pl = planter(value);
        const patternText = pl.p('pattern');
        const patternCell = quoteAll || /[",\r\n]/.test(patternText) ? quoteCell(`/${patternText}/`) : `/${patternText}/`;
        yield { raw: `${bom}amenity,gas,fuel${eol}zip,code,${patternCell}${eol}`, plants: pl.plants, path: 'entities.csv', kind: 'entities-csv', encode };
        if (!/[\r\n]/.test(value)) {
          const tl = planter(value);
          const lines = ['plain line', tl.p('utterance'), '"quotes stay literal" in txt'];
          yield { raw: bom + lines.join(eol) + eol, plants: tl.plants, path: 'utterances.txt', kind: 'utterances', encode: (s) => s };
        }
      }
    }
  }
}

function checkPlants(b: Built): void {
  const doc = parseDocument(b.raw, { path: b.path });
  const label = `${b.kind} ${b.path} ${JSON.stringify(b.raw.slice(0, 40))}`;
  assert.equal(doc.kind, b.kind, label);
  assertRangesSane(doc, b.raw);
  for (const plant of b.plants) {
    const hits = doc.texts.filter((t) => t.text === plant.text);
    assert.equal(hits.length, 1, `${label}: planted ${plant.role} found ${hits.length} times`);
    const t = hits[0];
    assert.equal(t.role, plant.role, label);
    assert.ok(t.path.length > 0, 'has a readable path');
    const rawText = b.encode(plant.text);
    const at = b.raw.indexOf(rawText);
    assert.ok(at >= 0, `${label}: raw form of ${plant.role} present`);
    assert.equal(b.raw.indexOf(rawText, at + 1), -1, 'raw form is unique');
    assert.equal(t.rawStart, at, `${label}: ${plant.role} rawStart`);
    assert.equal(t.rawEnd, at + rawText.length, `${label}: ${plant.role} rawEnd`);
    // The planted value itself, after non-ASCII and emoji in the same text.
    const start = plant.prefix.length;
    const end = start + plant.value.length;
    const r = toRawRange(t, start, end);
    assert.equal(r.offset, at + b.encode(plant.prefix).length, `${label}: ${plant.role} value offset`);
    assert.equal(b.raw.slice(r.offset, r.offset + r.length), b.encode(plant.value), `${label}: ${plant.role} value slice`);
    // Every single decoded code point maps to exactly its own raw form.
    for (let i = start; i < end; ) {
      const width = plant.text.codePointAt(i)! > 0xffff ? 2 : 1; // a surrogate pair is checked as a whole
      const c = toRawRange(t, i, i + width);
      assert.equal(b.raw.slice(c.offset, c.offset + c.length), b.encode(plant.text.slice(i, i + width)), `${label}: char ${i} of ${plant.role}`);
      i += width;
    }
  }
}

for (const value of VALUES) {
  test(`planted value in every JSON role: ${JSON.stringify(value)}`, () => {
    let n = 0;
    for (const b of jsonCases(value)) {
      checkPlants(b);
      n += b.plants.length;
    }
    assert.ok(n > 100);
  });
  test(`planted value in every CSV/text role: ${JSON.stringify(value)}`, () => {
    for (const b of csvCases(value)) checkPlants(b);
  });
}

test('every role of every format is planted at least once', () => {
  const seen = new Set<string>();
  for (const b of [...jsonCases('v'), ...csvCases('v')]) for (const p of b.plants) seen.add(`${b.kind}:${p.role}`);
  const expected = [
    'dialog:skill-name', 'dialog:skill-description', 'dialog:intent-name', 'dialog:intent-description', 'dialog:intent-example',
    'dialog:counterexample', 'dialog:entity-name', 'dialog:entity-value', 'dialog:synonym', 'dialog:pattern', 'dialog:dialog-title',
    'dialog:dialog-response', 'dialog:context-value', 'actions:action-title', 'actions:action-phrase', 'actions:step-text',
    'actions:variable-title', 'actions:variable-description', 'actions:variable-value', 'actions:entity-value', 'actions:synonym',
    'actions:pattern', 'actions:counterexample', 'logs:log-input', 'logs:log-output', 'intents-csv:intent-example',
    'intents-csv:intent-name', 'entities-csv:entity-name', 'entities-csv:entity-value', 'entities-csv:synonym', 'entities-csv:pattern',
    'phrases-csv:action-phrase', 'utterances:utterance',
  ];
  for (const e of expected) assert.ok(seen.has(e), e);
});

test('pointers and readable paths name the JSON location', () => {
  const raw = writeJson(dialogWorkspace((role) => `v:${role}`), 'plain');
  const doc = parseDocument(raw, { path: 'w.json' });
  const byRole = (role: Role) => doc.texts.filter((t) => t.role === role);
  const example = byRole('intent-example')[1];
  assert.deepEqual(example.pointer, ['intents', 0, 'examples', 1, 'text']);
  assert.equal(example.path, 'intent #v:intent-name, example 2');
  assert.equal(example.owner, 'v:intent-name');
  assert.deepEqual(byRole('context-value')[1].pointer, ['dialog_nodes', 0, 'context', 'nested', 'deep', 1]);
  assert.equal(byRole('context-value')[1].path, 'dialog node “v:dialog-title”, context.nested.deep[1]');
  assert.deepEqual(byRole('synonym')[1].pointer, ['entities', 0, 'values', 0, 'synonyms', 1]);
  assert.equal(byRole('synonym')[1].path, 'entity @v:entity-name, value 1, synonym 2');
  const actions = writeJson(actionsExport((role) => `v:${role}`), 'plain');
  const a = parseDocument(actions, { path: 'a.json' });
  const phrase = a.texts.find((t) => t.role === 'action-phrase')!;
  assert.equal(phrase.path, 'action “v:action-title”, phrase 1');
  assert.equal(phrase.owner, 'v:action-title');
  assert.deepEqual(phrase.pointer, ['workspace', 'intents', 0, 'examples', 0, 'text']);
  assert.equal(a.texts.find((t) => t.role === 'step-text')!.path, 'action “v:action-title”, step 1, text');
});
