// Application code in the real extension host (issue 8): a JavaScript file calling the assistant without the
// customer-id and opt-out headers gets both diagnostics, and the quick fix inserts the opt-out header.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { expect, openWorkspaceFile, ruleOf, test, waitFor, waitForDiagnostics, workspacePath } from './harness';

const SOURCE = `import AssistantV2 from 'ibm-watson/assistant/v2';

const assistant = new AssistantV2({ version: '2021-11-27' });

export function reply(sessionId, text) {
  return assistant.message({
    assistantId: process.env.ASSISTANT_ID,
    sessionId,
    input: { text },
  });
}
`;

const OPT_OUT_FIX = 'Add the header X-Watson-Learning-Opt-Out: true';

test('app code: a JavaScript call of the assistant is checked; the quick fix adds the opt-out header', async () => {
  const file = workspacePath('app', 'chat-service.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, SOURCE);
  try {
    const doc = await openWorkspaceFile('app', 'chat-service.js');
    expect(doc.languageId === 'javascript', `language is ${doc.languageId}`);
    const rules = (ds: vscode.Diagnostic[]) => ds.map((d) => String(ruleOf(d))).sort().join(',');
    const ds = await waitForDiagnostics(doc.uri, (x) => rules(x) === 'customer-id-missing,learning-opt-out-missing');
    const customer = ds.find((d) => ruleOf(d) === 'customer-id-missing')!;
    const optOut = ds.find((d) => ruleOf(d) === 'learning-opt-out-missing')!;
    expect(customer.severity === vscode.DiagnosticSeverity.Warning, `customer-id-missing severity ${customer.severity}`);
    expect(optOut.severity === vscode.DiagnosticSeverity.Information, `learning-opt-out-missing severity ${optOut.severity}`);
    expect(doc.getText(optOut.range) === 'assistant.message', `range covers "${doc.getText(optOut.range)}"`);
    // The request can be cancelled while other providers (the JavaScript language features) are still starting:
    // ask again until our quick fix is offered.
    let titles = 'none yet';
    const fix = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, optOut.range, vscode.CodeActionKind.QuickFix.value);
      titles = actions.map((a) => a.title).join(' | ');
      return actions.find((a) => a.title === OPT_OUT_FIX && a.edit);
    }, 15_000, `the "${OPT_OUT_FIX}" quick fix`).catch((e: Error) => {
      throw new Error(`${e.message} (offered: ${titles})`);
    });
    expect(fix.edit, 'the quick fix has no edit');
    expect(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was not applied');
    await waitFor(() => doc.getText().includes("    headers: { 'X-Watson-Learning-Opt-Out': 'true' },\n"), 5000, 'the header to be inserted');
    await waitForDiagnostics(doc.uri, (x) => rules(x) === 'customer-id-missing');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
