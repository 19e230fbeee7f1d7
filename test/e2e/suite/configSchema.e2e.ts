// jsonValidation: VS Code's JSON language validates .piilintrc.json against the bundled schema.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { expect, test, waitFor, workspacePath } from './harness';

async function schemaDiagnostic(dirName: string, text: string, line: number): Promise<vscode.Diagnostic> {
  const dir = workspacePath(dirName);
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/.piilintrc.json`;
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  try {
    return await waitFor(
      () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source !== 'PII Lint' && d.range.start.line === line),
      20_000,
      `a JSON schema diagnostic on line ${line + 1} (seen: ${vscode.languages.getDiagnostics(doc.uri).map((d) => d.message).join('; ') || 'none'})`,
    );
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('config schema: a wrong type in .piilintrc.json is flagged by the JSON language', async () => {
  const ext = vscode.extensions.getExtension('assistant-pii-lint.assistant-pii-lint')!;
  const contributed = ext.packageJSON.contributes.jsonValidation as { fileMatch: string; url: string }[];
  expect(contributed.some((v) => v.fileMatch === '.piilintrc.json'), 'no jsonValidation for .piilintrc.json');
  const flagged = await schemaDiagnostic('schema-check', '{\n  "minConfidence": "high"\n}\n', 1);
  expect(/type|number/i.test(flagged.message), `unexpected JSON diagnostic: ${flagged.message}`);
});
