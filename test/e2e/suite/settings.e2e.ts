// Settings reach the server: a severity override changes the published diagnostic, 'off' removes it.
import * as vscode from 'vscode';
import { diagnosticFor } from './pii';
import { expect, ruleOf, test, waitForDiagnostics } from './harness';

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
