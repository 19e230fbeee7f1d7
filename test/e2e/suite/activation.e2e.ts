// Activation: the extension stays idle until a training-data file is opened, then starts its server.
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, test, waitFor } from './harness';

export const EXTENSION_ID = 'assistant-pii-lint.assistant-pii-lint';

test('activation: not active at startup, activates on an intents CSV', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  expect(ext, `extension ${EXTENSION_ID} is not loaded`);
  expect(!ext.isActive, 'extension activated before any training-data file was opened (activation on * ?)');
  const doc = await openWorkspaceFile('intents', 'banking-intents.csv');
  expect(doc.languageId === 'watson-intents-csv', `language id is ${doc.languageId}`);
  await waitFor(() => ext.isActive, 15_000, 'extension activation');
});

test('activation: PII Lint commands are registered', async () => {
  const commands = await vscode.commands.getCommands(true);
  const wanted = [
    'piiLint.scanWorkspace',
    'piiLint.fixAllInFile',
    'piiLint.showRules',
    'piiLint.openConfigFile',
    'piiLint.setFileKind',
    'piiLint.restartServer',
    'piiLint.getStatus',
  ];
  const missing = wanted.filter((c) => !commands.includes(c));
  expect(missing.length === 0, `missing commands: ${missing.join(', ')}`);
});
