// Language status item, config file, rules, restart.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, piiDiagnostics, test, waitFor, waitForDiagnostics, workspacePath } from './harness';

interface StatusSnapshot {
  uri: string | null;
  text: string;
  detail?: string;
}

test('status item: shows the number of findings of the active file', async () => {
  const doc = await openWorkspaceFile('dialog', 'customer-care.json');
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
  const n = diagnostics.length;
  const status = await waitFor(async () => {
    const s = await vscode.commands.executeCommand<StatusSnapshot>('piiLint.getStatus');
    return s.uri === doc.uri.toString() && new RegExp(`\\b${piiDiagnostics(doc.uri).length} finding`).test(s.text) ? s : undefined;
  }, 10_000, `status text with ${n} finding(s)`);
  expect(/validated/.test(status.detail ?? ''), `status detail has no validation time: ${status.detail}`);
});

test('config file command: opens .piilintrc.json, with no $schema pointing at a package the folder lacks', async () => {
  await vscode.commands.executeCommand('piiLint.openConfigFile');
  const configPath = workspacePath('.piilintrc.json');
  await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === configPath, 5000, 'the config file editor');
  expect(fs.existsSync(configPath), 'no config file on disk');
  expect(!/"\$schema"/.test(fs.readFileSync(configPath, 'utf8')), 'a $schema into node_modules, where the package is not installed');
});

test('show rules: returns the rules with documentation links', async () => {
  const rules = await vscode.commands.executeCommand<{ id: string; docsUrl: string }[]>('piiLint.showRules');
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  expect(Array.isArray(rules) && rules.length >= 5, `rules: ${JSON.stringify(rules)?.slice(0, 200)}`);
  expect(rules.every((r) => typeof r.docsUrl === 'string' && r.docsUrl.length > 0), 'a rule has no docs link');
  expect(rules.some((r) => /email/i.test(r.id)), 'no email rule');
});

test('restart server: diagnostics come back afterwards', async () => {
  await vscode.commands.executeCommand('piiLint.restartServer');
  const doc = await openWorkspaceFile('intents', 'banking-intents.csv');
  await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 20_000);
  const status = await vscode.commands.executeCommand<StatusSnapshot>('piiLint.getStatus');
  expect(!/stopped/.test(status.text), `status after restart: ${status.text}`);
});
