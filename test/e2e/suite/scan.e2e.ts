// Workspace scan: files that were never opened show up in the Problems panel.
import * as vscode from 'vscode';
import { expect, piiDiagnostics, test, waitFor, workspaceUri } from './harness';

interface ScanResult {
  files: number;
  findings: number;
  filesWithFindings: number;
  cancelled: boolean;
}

test('scan workspace: unopened files get diagnostics in Problems', async () => {
  const unopened = workspaceUri('scan', 'unopened-intents.csv');
  expect(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the scan fixture is already open');
  expect(piiDiagnostics(unopened).length === 0, 'the unopened file has diagnostics before the scan');
  const result = await vscode.commands.executeCommand<ScanResult>('piiLint.scanWorkspace');
  expect(result && !result.cancelled, `scan result: ${JSON.stringify(result)}`);
  expect(result.files >= 6 && result.findings >= 3, `scan found too little: ${JSON.stringify(result)}`);
  await waitFor(() => piiDiagnostics(unopened).length > 0, 10_000, 'diagnostics of the unopened file');
  const all = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'PII Lint'));
  expect(all.length >= result.filesWithFindings, `Problems lists ${all.length} files, the scan reported ${result.filesWithFindings}`);
});
