// Second session: the packaged .vsix installed into the VS Code server's extensions folder, as a user
// would install it (no extensionDevelopmentPath pointing at the repo).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, test, waitFor, waitForDiagnostics } from '../harness';

const EXTENSION_ID = 'assistant-pii-lint.assistant-pii-lint';

test('vsix: the installed extension is loaded from the extensions folder', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  expect(ext, `${EXTENSION_ID} is not installed`);
  expect(!fs.existsSync(path.join(ext.extensionPath, 'client', 'src')), `sources were packaged (${ext.extensionPath})`);
  expect(!fs.existsSync(path.join(ext.extensionPath, 'test')), 'tests were packaged');
  expect(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'node_modules were packaged');
  expect(fs.existsSync(path.join(ext.extensionPath, 'dist', 'server.js')), 'the server bundle is missing');
  expect(!ext.isActive, 'active before a training-data file was opened');
});

test('vsix: activates on an intents CSV and lints it', async () => {
  const doc = await openWorkspaceFile('intents', 'banking-intents.csv');
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  await waitFor(() => ext.isActive, 20_000, 'activation');
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === 2), 30_000);
  expect(diagnostics.every((d) => d.source === 'PII Lint'), 'unexpected diagnostic source');
});

test('vsix: lints a dialog skill JSON', async () => {
  const doc = await openWorkspaceFile('dialog', 'customer-care.json');
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => doc.getText(d.range).includes('rosalind')), 30_000);
});
