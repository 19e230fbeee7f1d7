// Kind detection: content (JSON keys, CSV shape), filename hints, configured globs, and the negatives
// (package.json, tsconfig.json, CSV with a header row of other data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectKind, parseDocument } from '../../../server/src/engine/formats';
import { repoRoot, sharedPath, skipWithoutShared } from '../../support/shared';

const dialog = JSON.stringify({ name: 'x', intents: [{ intent: 'hi', examples: [{ text: 'hello' }] }], entities: [], dialog_nodes: [] });
const actions = JSON.stringify({ name: 'x', type: 'action', workspace: { actions: [], intents: [] } });

test('JSON kinds by content', () => {
  assert.equal(detectKind(dialog, 'skill.json'), 'dialog');
  assert.equal(detectKind(dialog), 'dialog');
  assert.equal(detectKind(actions, 'a.json'), 'actions');
  assert.equal(detectKind(JSON.stringify({ workspace: { actions: [{ action: 'a' }] } }), 'a.json'), 'actions');
  assert.equal(detectKind(JSON.stringify([{ log_id: '1', request: { input: { text: 'hi' } }, response: {} }]), 'logs.json'), 'logs');
  assert.equal(detectKind(JSON.stringify({ logs: [{ request: { input: { text: 'hi' } } }], pagination: {} }), 'l.json'), 'logs');
  assert.equal(detectKind(JSON.stringify({ counterexamples: [], language: 'en' }), 'w.json'), 'dialog');
  // Content wins over the extension: a workspace saved as .csv is still a workspace.
  assert.equal(detectKind(`\uFEFF  ${dialog}`, 'skill.csv'), 'dialog');
});

test('JSON that is not training data is not linted', () => {
  const pkg = readFileSync(resolve(repoRoot, 'package.json'), 'utf8');
  assert.equal(detectKind(pkg, 'package.json'), null);
  assert.equal(detectKind(readFileSync(resolve(repoRoot, 'tsconfig.json'), 'utf8'), 'tsconfig.json'), null);
  assert.equal(detectKind('{"compilerOptions": {"strict": true}, // comment\n "include": []}', 'tsconfig.json'), null);
  assert.equal(detectKind('[1, 2, 3]', 'numbers.json'), null);
  assert.equal(detectKind('[{"name": "a"}]', 'list.json'), null);
  assert.equal(detectKind('{"entities": []}', 'x.json'), null);
  assert.equal(parseDocument(pkg, { path: 'package.json' }).texts.length, 0);
  assert.deepEqual(parseDocument(pkg, { path: 'package.json' }).problems, []);
  assert.equal(detectKind('not json at all', 'x.json'), null);
});

test('CSV kinds by shape and filename hints', () => {
  const intents = 'what is your favourite music,about_VA\nDo you like,about_VA\nbook a table for two,book_table\n';
  assert.equal(detectKind(intents, 'data.csv'), 'intents-csv');
  assert.equal(detectKind(intents, 'my-phrases.csv'), 'phrases-csv');
  assert.equal(detectKind(intents, 'actions-export.csv'), 'phrases-csv');
  const entities = 'amenity,gas,fuel,fuel station\r\namenity,restroom, bathroom\r\ncuisine,pizza\r\ncuisine,sushi,raw fish\r\nappliance,wipers\r\n';
  assert.equal(detectKind(entities, 'data.csv'), 'entities-csv');
  assert.equal(detectKind('zip,code,/\\d{5}/\n', 'entities.csv'), 'entities-csv');
  assert.equal(detectKind('book a table\ncancel my order\n', 'phrases.csv'), 'phrases-csv');
  assert.equal(detectKind('book a table\ncancel my order\n', 'data.csv'), 'phrases-csv');
  assert.equal(detectKind('book a table\ncancel my order\n', 'utterances.csv'), 'utterances');
  assert.equal(detectKind('book a table\ncancel my order\n', 'chat-logs.csv'), 'utterances');
  assert.equal(detectKind('anything at all', 'notes.txt'), 'utterances');
  assert.equal(detectKind('{"looks": "like json"}', 'notes.txt'), 'utterances');
});

test('boilerplate .txt files (licences, read-mes, requirement pins) are not utterance logs unless forced', () => {
  for (const name of ['requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'constraints.txt', 'LICENSE.txt', 'LICENSE-MIT.txt', 'COPYING.txt', 'README.txt', 'readme.en.txt', 'NOTICE.TXT', 'CHANGELOG.txt', 'AUTHORS.txt', 'ThirdPartyNotices.txt', 'third-party-notices.txt', 'robots.txt', 'CMakeLists.txt', 'docs/SECURITY.txt', 'C:\\repo\\LICENSE.txt']) {
    assert.equal(detectKind('numpy==1.26.4\nrequests>=2.31\n', name), null, name);
    assert.equal(parseDocument('Copyright 2026 Example Corp\nPermission is hereby granted\n', { path: name }).kind, null, name);
  }
  // An empty one is not reported as an empty log either.
  assert.deepEqual(parseDocument('', { path: 'requirements.txt' }).problems, []);
  // Names that merely start like one stay logs; --kind or a kind glob still reads a boilerplate name as a log.
  for (const name of ['security-questions.txt', 'notice_board_chat.txt', 'readme-chats.txt', 'licensing-calls.txt', 'adsense.txt', 'chats.txt']) {
    assert.equal(detectKind('book a table\n', name), 'utterances', name);
  }
  assert.equal(parseDocument('call me at 415 555 2671\n', { path: 'requirements.txt', kind: 'utterances' }).kind, 'utterances');
  assert.equal(detectKind('book a table\n', 'requirements.txt', { utterances: ['requirements.txt'] }), 'utterances');
});

test('CSV that is not training data is not linted', () => {
  const header = 'utterance,golden intent\nwhat is your favourite music,about_VA\nDo you like,about_VA\n';
  assert.equal(detectKind(header, 'test.csv'), null);
  assert.equal(detectKind('text,label\nhello there,greet\nbye now,goodbye\n', 'train.csv'), null);
  assert.equal(detectKind('id,name,email\n1,Ann Lee,ann@example.com\n2,Bo Chan,bo@example.com\n', 'people.csv'), null);
  assert.equal(detectKind('name,email,phone\nAnn Lee,ann@example.com,555\nBo Chan,bo@example.com,556\n', 'people.csv'), null);
  assert.equal(detectKind('a;b;c\n1;2;3', 'x.md'), null);
  assert.equal(detectKind('MIT License\nCopyright (c) someone\n', '/repo/LICENSE'), null);
  assert.equal(detectKind(dialog, '/repo/workspace-export'), 'dialog');
  assert.equal(parseDocument(header, { path: 'test.csv' }).kind, null);
});

test('the WA-Testing-Tool blind-test file (header row) is not training data', { skip: skipWithoutShared() }, () => {
  const path = sharedPath('benchdata', 'watson', 'csv', 'wa-testing-tool-test.csv');
  assert.equal(detectKind(readFileSync(path, 'utf8'), path), null);
});

test('configured globs and forced kinds win', () => {
  const lines = 'book a table\ncancel my order\n';
  assert.equal(detectKind(lines, '/w/data/x.csv', { utterances: ['**/data/*.csv'] }), 'utterances');
  assert.equal(detectKind(lines, '/w/data/x.csv', { utterances: ['data/*.csv'] }), 'utterances');
  assert.equal(detectKind(lines, 'C:\\w\\data\\x.csv', { 'phrases-csv': ['x.csv'] }), 'phrases-csv');
  assert.equal(detectKind(lines, '/w/data/x.csv', { utterances: ['other/*.csv'] }), 'phrases-csv');
  assert.equal(parseDocument('hello,world\n', { kind: 'utterances' }).kind, 'utterances');
  assert.equal(parseDocument('{}', { kind: 'dialog' }).kind, 'dialog');
  assert.equal(parseDocument('{"a": 1}', { path: 'odd.json', globs: { dialog: ['odd.json'] } }).kind, 'dialog');
});
