// Settings reach the server: a severity override changes the published diagnostic, 'off' removes it.
import * as vscode from 'vscode';
import { diagnosticFor } from './pii';
import { expect, openWorkspaceFile, piiDiagnostics, ruleOf, sleep, test, waitForDiagnostics } from './harness';

test('settings: piiLint.severity overrides change the diagnostic severity', async () => {
  const { doc, diagnostic } = await diagnosticFor(['fixes', 'severity-intents.csv'], 'octavia.marchbanks@gmail.com');
  const rule = String(ruleOf(diagnostic));
  const config = vscode.workspace.getConfiguration('piiLint', doc.uri);
  const target = diagnostic.severity === vscode.DiagnosticSeverity.Error ? 'info' : 'error';
  const expected = target === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information;
  try {
    await config.update('severity', { [rule]: target }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === rule && d.severity === expected));
    await config.update('severity', { [rule]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === rule));
  } finally {
    await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === rule && d.severity === diagnostic.severity));
});

test('settings: piiLint.kinds globs bring other files into linting', async () => {
  const doc = await openWorkspaceFile('notes', 'chat-export.log');
  await sleep(1500);
  expect(piiDiagnostics(doc.uri).length === 0, 'a .log file was linted without a kinds glob');
  const config = vscode.workspace.getConfiguration('piiLint');
  try {
    await config.update('kinds', { utterances: ['notes/*.log'] }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === 1), 30_000);
  } finally {
    await config.update('kinds', undefined, vscode.ConfigurationTarget.Workspace);
  }
});
