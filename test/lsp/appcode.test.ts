// The built language server over stdio on application code (issue 8): diagnostics at the lines the fixture
// table expects with the rules' severities, a hover that explains them, and the quick fix that inserts the
// learning opt-out header and clears its diagnostic.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver/node';
import { APPCODE_FIXTURES, expectations } from '../unit/appcode/expect';
import { withServer } from './support/withServer';

function byLine(diags: Diagnostic[]): [number, string[]][] {
  const m = new Map<number, string[]>();
  for (const d of diags) m.set(d.range.start.line + 1, [...(m.get(d.range.start.line + 1) ?? []), String(d.code)].sort());
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

describe('LSP application code', () => {
  const lsp = withServer('appcode');

  const cases = [
    { file: 'js/sdk-v2.ts', languageId: 'typescript' },
    { file: 'python/sdk_client.py', languageId: 'python' },
    { file: 'html/webchat-embed.html', languageId: 'html' },
    { file: 'shell/curl-message.sh', languageId: 'shellscript' },
  ];
  for (const c of cases) {
    test(`${c.file}: diagnostics on the expected lines`, async () => {
      const text = readFileSync(join(APPCODE_FIXTURES, c.file), 'utf8');
      const uri = lsp.client.uri(join(lsp.root, c.file.replace('/', '-')));
      await lsp.client.open(uri, text, c.languageId);
      const diags = await lsp.client.diagnosticsFor(uri);
      assert.deepEqual(byLine(diags), [...expectations(text).entries()].sort((a, b) => a[0] - b[0]));
      const severity = new Map(diags.map((d) => [String(d.code), d.severity]));
      if (severity.has('customer-id-invalid')) assert.equal(severity.get('customer-id-invalid'), 1);
      if (severity.has('customer-id-missing')) assert.equal(severity.get('customer-id-missing'), 2);
      if (severity.has('learning-opt-out-missing')) assert.equal(severity.get('learning-opt-out-missing'), 3);
      if (severity.has('app-code-unresolved')) assert.equal(severity.get('app-code-unresolved'), 4);
      for (const d of diags) assert.match(d.codeDescription?.href ?? '', new RegExp(`#${String(d.code)}$`));
    });
  }

  test('hover explains the finding; the quick fix inserts the opt-out header and clears its diagnostic', async () => {
    const text = `import AssistantV2 from 'ibm-watson/assistant/v2';
const assistant = new AssistantV2({ version: '2021-11-27' });
export function send(customerId, sessionId, text) {
  return assistant.message({
    assistantId: 'a1',
    sessionId,
    input: { text },
    headers: { 'X-Watson-Metadata': \`customer_id=\${customerId}\` },
  });
}
`;
    const uri = lsp.client.uri(join(lsp.root, 'send.js'));
    await lsp.client.open(uri, text, 'javascript');
    const diags = await lsp.client.diagnosticsFor(uri);
    assert.deepEqual(diags.map((d) => d.code), ['learning-opt-out-missing']);
    const d = diags[0];
    const hover = (await lsp.client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })) as Hover;
    const markdown = (hover.contents as { value: string }).value;
    assert.match(markdown, /learning-opt-out-missing/);
    assert.match(markdown, /Quick fix: Add the header X-Watson-Learning-Opt-Out: true/);
    assert.doesNotMatch(markdown, /Value:/);
    const actions = await lsp.client.codeActionsFor(uri, d);
    const fix = actions.find((a) => a.title === 'Add the header X-Watson-Learning-Opt-Out: true');
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    lsp.client.applyWorkspaceEdit(fix.edit);
    const after = await lsp.client.diagnosticsWhere(uri, (x) => x.length === 0, 'diagnostics cleared by the fix');
    assert.deepEqual(after, []);
    assert.match(lsp.client.text(uri), /headers: \{ 'X-Watson-Metadata': `customer_id=\$\{customerId\}`, 'X-Watson-Learning-Opt-Out': 'true' \},/);
  });
});
