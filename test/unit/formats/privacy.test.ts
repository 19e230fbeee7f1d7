// The unprotected-variable structural check on actions exports and its privacy fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectsPersonalData, parseDocument } from '../../../server/src/engine/formats';
import type { ParsedDocument } from '../../../server/src/engine/types';

const exportWith = (variables: unknown[], indent: number | string = 2) =>
  JSON.stringify({ type: 'action', workspace: { actions: [{ action: 'a', title: 'Update contact', variables: [] }], variables } }, null, indent);

function applyFix(raw: string, doc: ParsedDocument, i = 0): string {
  return doc.structural[i].fix!.reduceRight((acc, e) => acc.slice(0, e.offset) + e.newText + acc.slice(e.offset + e.length), raw);
}

test('personal-data variables by id, title or data type', () => {
  const yes = [
    { id: 'email', title: '', dataType: '' }, { id: 'customerEmailAddress', title: '', dataType: '' }, { id: 'v1', title: 'Phone number', dataType: 'any' },
    { id: 'dob', title: '', dataType: '' }, { id: 'x', title: 'What is your date of birth?', dataType: 'date' }, { id: 'ssn', title: '', dataType: '' },
    { id: 'acct_number', title: '', dataType: '' }, { id: 'member_id', title: '', dataType: '' }, { id: 'first_name', title: '', dataType: '' },
    { id: 'x', title: 'Your name', dataType: 'string' }, { id: 'passport_no', title: '', dataType: '' }, { id: 'card_number', title: '', dataType: '' },
    { id: 'home_address', title: '', dataType: '' }, { id: 'x', title: '', dataType: 'email' },
  ];
  const no = [
    { id: 'model_id', title: 'model_id', dataType: 'string' }, { id: 'model_name', title: '', dataType: '' }, { id: 'operation_result', title: 'aggregated variable', dataType: 'any' },
    { id: 'step_933', title: 'Do you want to stream the response?', dataType: 'yes_no' }, { id: 'class_name', title: '', dataType: '' },
    { id: 'x', title: 'Is the phone number associated with your account?', dataType: 'yes_no' }, { id: 'business_name', title: '', dataType: '' },
  ];
  for (const v of yes) assert.ok(collectsPersonalData(v), JSON.stringify(v));
  for (const v of no) assert.ok(!collectsPersonalData(v), JSON.stringify(v));
});

test('privacy.enabled false is flagged on the title, and the fix flips it to true', () => {
  const raw = exportWith([{ variable: 'email', title: 'Email', privacy: { enabled: false } }, { variable: 'phone', title: 'Phone', privacy: { enabled: true } }]);
  const doc = parseDocument(raw, { path: 'a.json' });
  assert.equal(doc.structural.length, 1);
  const s = doc.structural[0];
  assert.equal(s.ruleId, 'unprotected-variable');
  assert.equal(s.entity, 'UNPROTECTED_VARIABLE');
  assert.equal(s.category, 'pii');
  assert.equal(s.severity, 'warning');
  assert.equal(raw.slice(s.offset, s.offset + s.length), 'Email');
  assert.equal(s.message, 'Variable “Email” collects personal data but is not protected: enable privacy so its value is masked in logs');
  assert.deepEqual(s.fix, [{ offset: raw.indexOf('false'), length: 5, newText: 'true' }]);
  const fixed = applyFix(raw, doc);
  assert.equal(JSON.parse(fixed).workspace.variables[0].privacy.enabled, true);
  assert.equal(parseDocument(fixed, { path: 'a.json' }).structural.length, 0);
});

test('missing privacy is inserted keeping the indentation style', () => {
  for (const indent of [2, 4, '\t', 0]) {
    const raw = exportWith([{ variable: 'email', title: 'Email', data_type: 'string' }], indent);
    const doc = parseDocument(raw, { path: 'a.json' });
    assert.equal(doc.structural.length, 1, `indent ${JSON.stringify(indent)}`);
    const fixed = applyFix(raw, doc);
    assert.deepEqual(JSON.parse(fixed).workspace.variables[0], { privacy: { enabled: true }, variable: 'email', title: 'Email', data_type: 'string' });
    if (indent !== 0) assert.equal(fixed, exportWith([{ privacy: { enabled: true }, variable: 'email', title: 'Email', data_type: 'string' }], indent));
  }
});

test('other privacy shapes: empty object, null, string, CRLF files, no title', () => {
  const cases: unknown[] = [{ variable: 'email', privacy: {} }, { variable: 'email', privacy: null }, { variable: 'email', privacy: { enabled: 'false' } }, { variable: 'email', privacy: { note: 'x' } }];
  for (const v of cases) {
    const raw = exportWith([v]).replace(/\n/g, '\r\n');
    const doc = parseDocument(raw, { path: 'a.json' });
    assert.equal(doc.structural.length, 1, JSON.stringify(v));
    assert.equal(raw.slice(doc.structural[0].offset, doc.structural[0].offset + doc.structural[0].length), 'email');
    const fixed = applyFix(raw, doc);
    assert.equal(JSON.parse(fixed).workspace.variables[0].privacy.enabled, true, fixed);
  }
});

test('dialog workspaces and protected variables produce no structural issues', () => {
  assert.equal(parseDocument(exportWith([{ variable: 'email', privacy: { enabled: true } }]), { path: 'a.json' }).structural.length, 0);
  const dialog = JSON.stringify({ intents: [], variables: [{ variable: 'email' }] });
  assert.equal(parseDocument(dialog, { path: 'w.json' }).structural.length, 0);
});
