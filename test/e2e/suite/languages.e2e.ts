// Watson CSV languages: file-name patterns, the TextMate grammar behind them, and "Set File Kind".
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, test, waitFor, waitForDiagnostics, workspaceUri } from './harness';

test('languages: Watson CSV/TXT files get their language ids by name', async () => {
  const cases: [string[], string][] = [
    [['intents', 'banking-intents.csv'], 'watson-intents-csv'],
    [['entities', 'product-entities.csv'], 'watson-entities-csv'],
    [['logs', 'utterances.txt'], 'watson-utterances'],
  ];
  for (const [parts, language] of cases) {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(...parts));
    expect(doc.languageId === language, `${parts.join('/')} has language ${doc.languageId}, expected ${language}`);
  }
});

test('languages: the entities CSV is tokenized by its TextMate grammar', async () => {
  const doc = await openWorkspaceFile('entities', 'product-entities.csv');
  // The workbench command resolves the TextMate tokenizer of the document's language and runs it over every
  // line; it throws when the language has no grammar (scopes themselves are checked by test/grammar).
  const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>('_workbench.colorizeTextMateTokens', doc.uri);
  expect(result && typeof result.tokenizeTime === 'number', `no tokenizer result: ${JSON.stringify(result)}`);
  const grammars = vscode.extensions.getExtension('assistant-pii-lint.assistant-pii-lint')?.packageJSON.contributes.grammars as { language: string; scopeName: string }[];
  expect(grammars.some((g) => g.language === 'watson-entities-csv' && g.scopeName === 'text.csv.watson.entities'), 'grammar not contributed');
});

test('set file kind: a CSV without a telling name becomes an intents CSV', async () => {
  const doc = await openWorkspaceFile('misc', 'training.csv');
  expect(doc.languageId === 'plaintext', `training.csv opened as ${doc.languageId}`);
  await vscode.commands.executeCommand('piiLint.setFileKind', { uri: doc.uri.toString(), kind: 'intents-csv' });
  await waitFor(
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString())?.languageId === 'watson-intents-csv',
    5000,
    'language change to watson-intents-csv',
  );
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === 1));
  expect(diagnostics.every((d) => d.range.start.line === 1), 'findings outside the planted row');
});
