// jsonValidation: VS Code's JSON language validates .piilintrc.json against the bundled schema.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { expect, test, waitFor, workspacePath } from './harness';

test('config schema: a wrong type in .piilintrc.json is flagged by the JSON language', async () => {
  const ext = vscode.extensions.getExtension('assistant-pii-lint.assistant-pii-lint')!;
  const contributed = ext.packageJSON.contributes.jsonValidation as { fileMatch: string; url: string }[];
  expect(contributed.some((v) => v.fileMatch === '.piilintrc.json'), 'no jsonValidation for .piilintrc.json');
  const dir = workspacePath('schema-check');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/.piilintrc.json`;
  fs.writeFileSync(file, '{\n  "minConfidence": "high"\n}\n');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  try {
    const flagged = await waitFor(
      () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source !== 'PII Lint' && d.range.start.line === 1),
      20_000,
      'a JSON schema diagnostic on "minConfidence"',
    );
    expect(/type|number/i.test(flagged.message), `unexpected JSON diagnostic: ${flagged.message}`);
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
