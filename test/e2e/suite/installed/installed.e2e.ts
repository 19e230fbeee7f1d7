// Second session: the packaged .vsix installed into the VS Code server's extensions folder, as a user
// would install it (no extensionDevelopmentPath pointing at the repo).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, test, waitForDiagnostics, workspacePath } from '../harness';

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

test('vsix: a command activates it (scan workspace) and the scan lints unopened files', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('piiLint.scanWorkspace');
  expect(ext.isActive, 'running a contributed command did not activate the extension');
  expect(result && result.findings > 0, `scan result: ${JSON.stringify(result)}`);
  const unopened = vscode.Uri.file(workspacePath('intents', 'banking-intents.csv'));
  await waitForDiagnostics(unopened, (ds) => ds.some((d) => d.range.start.line === 2), 30_000);
});

test('vsix: lints a dialog skill JSON', async () => {
  const doc = await openWorkspaceFile('dialog', 'customer-care.json');
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => doc.getText(d.range).includes('rosalind')), 30_000);
});
