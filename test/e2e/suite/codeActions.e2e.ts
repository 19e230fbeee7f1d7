// Quick fixes through the real code-action pipeline: synthetic replacement, allow-value, fix all.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { diagnosticFor } from './pii';
import { expect, openWorkspaceFile, test, waitFor, waitForDiagnostics, workspacePath } from './harness';

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
}

/** Applies a code action the way the editor does: its edit first, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) expect(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const titles = (actions: vscode.CodeAction[]) => actions.map((a) => a.title).join(' | ');

/**
 * The fixed line's warning is gone: what may remain is the server's note that the synthetic replacement is a
 * recognisable test value (config `testValues`, default info; hint renders faded), never the original finding.
 */
const clearedOn = (line: number) => (ds: vscode.Diagnostic[]) =>
  ds
    .filter((d) => d.range.start.line === line)
    .every((d) => /test value/i.test(d.message) && d.severity !== vscode.DiagnosticSeverity.Error && d.severity !== vscode.DiagnosticSeverity.Warning);

function noteTestValues(ds: vscode.Diagnostic[]): void {
  const shown = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length;
  if (shown > 0) console.log(`# note: ${shown} test-value diagnostic(s) at info level remain after the fix (listed in Problems)`);
}

test('quick fix: synthetic replacement changes the document and clears the diagnostic', async () => {
  const planted = 'cornelius.ashdown@gmail.com';
  const { doc, diagnostic } = await diagnosticFor(['fixes', 'quickfix-intents.csv'], planted);
  const actions = await quickFixes(doc, diagnostic.range);
  const synthetic = actions.find((a) => /synthetic/i.test(a.title));
  expect(synthetic, `no synthetic-value quick fix among: ${titles(actions)}`);
  expect(synthetic.isPreferred, 'the synthetic replacement is not the preferred fix');
  await apply(synthetic);
  await waitFor(() => !doc.getText().includes(planted), 5000, 'the planted value to be replaced');
  const line = doc.lineAt(diagnostic.range.start.line).text;
  expect(/,card_lost$/.test(line), `the row lost its intent column: ${line}`);
  noteTestValues(await waitForDiagnostics(doc.uri, clearedOn(diagnostic.range.start.line)));
  await doc.save();
});

test('quick fix: allow this value writes .piilintrc.json and clears the diagnostic', async () => {
  const planted = 'henrietta.lockwood@protonmail.com';
  const { doc, diagnostic } = await diagnosticFor(['fixes', 'allow-intents.csv'], planted);
  const actions = await quickFixes(doc, diagnostic.range);
  const allow = actions.find((a) => /allow/i.test(a.title));
  expect(allow, `no allow-value quick fix among: ${titles(actions)}`);
  await apply(allow);
  const configPath = workspacePath('.piilintrc.json');
  await waitFor(() => fs.existsSync(configPath), 5000, '.piilintrc.json to be written');
  const config = fs.readFileSync(configPath, 'utf8');
  expect(!config.includes(planted), 'the config file holds the raw value instead of a salted hash');
  const parsed = JSON.parse(config) as { $schema?: string; allow?: unknown[] };
  expect(parsed.$schema === undefined, 'the created config points $schema at a package the folder lacks');
  expect(Array.isArray(parsed.allow) && parsed.allow.length > 0, `allow list is empty: ${config}`);
  expect(doc.getText().includes(planted), 'allow-value must not edit the document');
  await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => doc.getText(d.range).includes('henrietta')));
});

test('fix all in file: every finding replaced, no diagnostics left', async () => {
  const doc = await openWorkspaceFile('fixes', 'fixall-utterances.txt');
  await waitForDiagnostics(doc.uri, (ds) => ds.length >= 2);
  // The server sends the whole-file edit lazily (codeAction/resolve): ask VS Code to resolve the first action.
  const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.piiLint', 1);
  const action = fixAll.find((a) => a.kind?.value === 'source.fixAll.piiLint');
  expect(action, `no source.fixAll.piiLint action: ${titles(fixAll)}`);
  const edits = action.edit?.get(doc.uri) ?? [];
  expect(edits.length >= 2, `the resolved fix-all action has ${edits.length} edit(s) for the file`);
  await vscode.commands.executeCommand('piiLint.fixAllInFile');
  await waitFor(() => !/ambrose\.kettering|philippa\.northcott/.test(doc.getText()), 5000, 'both planted values to be replaced');
  expect(doc.lineCount >= 3 && doc.lineAt(1).text === 'refund status', `untouched line changed: ${doc.getText()}`);
  noteTestValues(await waitForDiagnostics(doc.uri, (ds) => ds.every((d) => clearedOn(d.range.start.line)(ds))));
});
