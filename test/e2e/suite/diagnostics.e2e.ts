// Diagnostics and hovers for PII planted in each kind of training data.
import * as vscode from 'vscode';
import { expect, ruleOf, test } from './harness';
import { diagnosticFor } from './pii';

function checkShape(d: vscode.Diagnostic, entity: RegExp): void {
  expect(d.source === 'PII Lint', `source is ${d.source}`);
  expect(ruleOf(d) !== undefined, 'diagnostic has no rule id code');
  const target = typeof d.code === 'object' ? d.code.target : undefined;
  expect(target !== undefined, 'code has no documentation link (codeDescription.href)');
  expect(entity.test(d.message), `message does not name the entity: ${d.message}`);
}

const EMAIL = /e-?mail/i;

test('diagnostics: dialog skill JSON (intent example)', async () => {
  const { doc, diagnostic } = await diagnosticFor(['dialog', 'customer-care.json'], 'rosalind.whitcombe@gmail.com');
  expect(doc.languageId === 'json', `language ${doc.languageId}`);
  checkShape(diagnostic, EMAIL);
  expect(/update_contact|intents/.test(diagnostic.message), `message does not name the field path: ${diagnostic.message}`);
});

test('diagnostics: actions skill JSON (example phrase)', async () => {
  const { diagnostic } = await diagnosticFor(['actions', 'banking-actions.json'], 'theodora.vance@yahoo.com');
  checkShape(diagnostic, EMAIL);
});

test('diagnostics: intents CSV', async () => {
  const { diagnostic } = await diagnosticFor(['intents', 'banking-intents.csv'], 'bartholomew.quince@outlook.com');
  checkShape(diagnostic, EMAIL);
  expect(diagnostic.range.start.line === 2, `expected line 3, got ${diagnostic.range.start.line + 1}`);
});

test('diagnostics: utterance log (txt)', async () => {
  const { doc, diagnostic } = await diagnosticFor(['logs', 'utterances.txt'], 'leopold.fairweather@hotmail.com');
  expect(doc.languageId === 'watson-utterances', `language ${doc.languageId}`);
  checkShape(diagnostic, EMAIL);
});

test('hover: explains the finding with a masked value', async () => {
  const planted = 'bartholomew.quince@outlook.com';
  const { doc, diagnostic } = await diagnosticFor(['intents', 'banking-intents.csv'], planted);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, diagnostic.range.start.translate(0, 2));
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  expect(/PII Lint|personal/i.test(text), `hover does not come from PII Lint: ${text.slice(0, 300)}`);
  expect(/training data/i.test(text), `hover does not say why it matters: ${text.slice(0, 300)}`);
  expect(/confidence/i.test(text), `hover has no confidence: ${text.slice(0, 300)}`);
  expect(!text.includes(planted), 'hover shows the raw value instead of a masked one');
});
