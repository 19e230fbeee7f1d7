// Extension-host tests of the Watson instance commands against the emulator started inside the test.
// Prompts are answered through the extension's test-only scripted prompt layer (ExtensionMode.Test), so the real
// commands run end to end: settings, SecretStorage, the SDK over HTTP, the results document and the ledger.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { makeLog, makeLogs } from '../../instance/emulator/fixtures';
import { WatsonEmulator } from '../../instance/emulator/server';
import { API_KEY } from '../../instance/helpers';
import { expect, sleep, test, waitFor } from './harness';

type Answer = { pick: string } | { input: string } | { modal: string } | { cancel: true };
interface PromptRecord {
  kind: string;
  title: string;
  detail?: string;
  answer?: string;
  validationError?: string;
  level?: string;
}
interface LedgerEntry {
  entryId: string;
  status: string;
  target: string;
  customerId?: string;
  idHash: string;
}

const C = {
  configure: 'piiLint.instance.configure',
  select: 'piiLint.instance.select',
  build: 'piiLint.instance.buildCustomerId',
  query: 'piiLint.instance.queryCustomerData',
  del: 'piiLint.instance.deleteCustomerData',
  verify: 'piiLint.instance.verifyDeletion',
  toggle: 'piiLint.instance.toggleUserText',
  export: 'piiLint.instance.exportQueryResults',
};

let emu: WatsonEmulator | undefined;

async function emulator(): Promise<WatsonEmulator> {
  if (!emu) emu = await WatsonEmulator.start();
  return emu;
}

function reset(e: WatsonEmulator): void {
  e.clearFaults();
  e.requests.length = 0;
  e.discoveryDeletes.length = 0;
  e.deferDeletes = false;
  e.logs = [...makeLogs('cust-e2e', 3, { text: 'I am Zed Example' }), ...makeLogs('someone-else', 2), makeLog({ text: 'unlabelled' })];
}

/** Runs a command with scripted prompt answers; returns its result and what was asked. */
async function withAnswers<T>(answers: Answer[], command: string, ...args: unknown[]): Promise<{ result: T; records: PromptRecord[] }> {
  await vscode.commands.executeCommand('piiLint.instance.test.scriptPrompts', answers);
  try {
    const result = await vscode.commands.executeCommand<T>(command, ...args);
    const records = (await vscode.commands.executeCommand<PromptRecord[]>('piiLint.instance.test.promptRecords')) ?? [];
    return { result, records };
  } finally {
    await vscode.commands.executeCommand('piiLint.instance.test.scriptPrompts', undefined);
  }
}

/** Presses a quick-input key command (Esc / Enter) until the command waiting on the real input box settles. */
async function pressUntilSettled<T>(pending: Thenable<T>, keyCommand: string, timeoutMs = 15_000): Promise<T> {
  let settled = false;
  const done = Promise.resolve(pending).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    await sleep(300);
    if (!settled) await vscode.commands.executeCommand(keyCommand);
  }
  if (!settled) throw new Error(`the input box did not close after ${keyCommand}`);
  return done;
}

async function ensureActivated(): Promise<void> {
  const all = await vscode.commands.getCommands(true);
  if (!all.includes('piiLint.instance.test.scriptPrompts')) {
    // Any contributed command activates the extension.
    await vscode.commands.executeCommand('piiLint.instance.refreshLedger').then(undefined, () => undefined);
  }
  await waitFor(async () => (await vscode.commands.getCommands(true)).includes('piiLint.instance.test.scriptPrompts'), 20_000, 'the instance test commands');
}

async function configureE2e(): Promise<void> {
  const e = await emulator();
  const { result, records } = await withAnswers<{ name: string } | undefined>(
    [
      { input: 'e2e' },
      { pick: 'custom' },
      { input: e.assistantUrl },
      { input: 'env-draft-0001' },
      { input: '2021-11-27' },
      { pick: 'iam' },
      { input: e.url },
      { input: API_KEY },
      { pick: 'discovery' },
      { input: e.discoveryUrl },
      { pick: 'iam' },
      { input: e.url },
      { input: API_KEY },
    ],
    C.configure,
  );
  expect(result?.name === 'e2e', `configure returned ${JSON.stringify(result)}; prompts: ${JSON.stringify(records)}`);
}

test('instance: configure interactively keeps secrets out of settings', async () => {
  await ensureActivated();
  await configureE2e();
  const cfg = vscode.workspace.getConfiguration('piiLint');
  const instances = cfg.get<Array<Record<string, unknown>>>('instances') ?? [];
  const saved = instances.find((i) => i.name === 'e2e');
  expect(saved, `no e2e instance in ${JSON.stringify(instances)}`);
  expect(saved.url === (await emulator()).assistantUrl && saved.authType === 'iam' && saved.assistantId === 'env-draft-0001', JSON.stringify(saved));
  expect(cfg.get('activeInstance') === 'e2e', 'e2e is the active instance');
  expect(!JSON.stringify(instances).includes(API_KEY), 'the API key is not in settings');
  const inspect = cfg.inspect('instances');
  expect(inspect?.workspaceValue === undefined && inspect?.workspaceFolderValue === undefined, 'instances are not written to the workspace');
});

test('instance: region + private endpoint, HIPAA warning, remove', async () => {
  const cfg = vscode.workspace.getConfiguration('piiLint');
  await cfg.update('hipaa', true, vscode.ConfigurationTarget.Global);
  try {
    const { result, records } = await withAnswers<{ url: string } | undefined>(
      [{ input: 'frankfurt' }, { pick: 'eu-de' }, { pick: 'private' }, { input: 'abc-123' }, { input: 'env-1' }, { input: '2021-11-27' }, { pick: 'iam' }, { input: 'frankfurt-key-000' }, { pick: 'none' }],
      C.configure,
    );
    expect(result?.url === 'https://api.private.eu-de.assistant.watson.cloud.ibm.com/instances/abc-123', JSON.stringify(result));
    expect(records.some((r) => r.level === 'warning' && /HIPAA.*eu-de/.test(r.title)), JSON.stringify(records.filter((r) => r.kind === 'notify')));
    expect(!JSON.stringify(records).includes('frankfurt-key-000'), 'the key is not in any prompt record or message');
    const kr = await withAnswers<unknown>([{ input: 'seoul' }, { pick: 'kr-seo' }, { cancel: true }], C.configure);
    const askedId = kr.records.find((r) => r.kind === 'input' && /instance id/.test(r.title));
    expect(askedId && !kr.records.some((r) => r.title === 'Watson Assistant: endpoint'), 'kr-seo has no private endpoint choice');
  } finally {
    await cfg.update('hipaa', undefined, vscode.ConfigurationTarget.Global);
  }
  const removed = await withAnswers<string>([{ pick: 'frankfurt' }, { modal: 'Remove' }], 'piiLint.instance.remove');
  expect(removed.result === 'frankfurt', JSON.stringify(removed));
  expect(!(cfg.get<Array<{ name: string }>>('instances') ?? []).some((i) => i.name === 'frankfurt'), 'removed from settings');
  await withAnswers([], C.select, 'e2e');
});

test('instance: http to a non-loopback host is refused while configuring', async () => {
  const { result, records } = await withAnswers<unknown>([{ input: 'bad' }, { pick: 'custom' }, { input: 'http://assistant.example.test/instances/x' }], C.configure);
  expect(result === undefined, 'nothing saved');
  const urlPrompt = records.find((r) => r.validationError);
  expect(urlPrompt && /unencrypted/.test(urlPrompt.validationError!), JSON.stringify(records));
  expect(!(vscode.workspace.getConfiguration('piiLint').get<Array<{ name: string }>>('instances') ?? []).some((i) => i.name === 'bad'), 'no "bad" instance');
});

test('instance: query shows masked results, reveal toggles, export writes JSON', async () => {
  const e = await emulator();
  reset(e);
  const { result: uri } = await withAnswers<vscode.Uri>([{ input: '  cust-e2e ' }], C.query);
  expect(uri, 'query returned a results document');
  const get = e.apiRequests('GET')[0];
  expect(get?.query.filter === 'customer_id::cust-e2e' && get.query.sort === '-request_timestamp', JSON.stringify(get));
  const doc = await vscode.workspace.openTextDocument(uri);
  expect(/3 log entries/.test(doc.getText()), doc.getText());
  expect(!doc.getText().includes('Zed'), 'user text is masked by default');
  expect(!uri.toString().includes('cust-e2e'), 'the customer id is not in the document URI');
  await vscode.commands.executeCommand(C.toggle, uri);
  await waitFor(() => doc.getText().includes('I am Zed Example'), 5000, 'revealed user text');
  const out = vscode.Uri.file(path.join(os.tmpdir(), `pii-lint-export-${Date.now()}.json`));
  await vscode.commands.executeCommand(C.export, uri, out);
  const exported = JSON.parse(await fs.readFile(out.fsPath, 'utf8'));
  expect(exported.count === 3 && exported.masked === false && exported.logs.length === 3, JSON.stringify(exported).slice(0, 200));
  await vscode.commands.executeCommand(C.toggle, uri);
  await waitFor(() => !doc.getText().includes('Zed'), 5000, 'masked again');
});

test('instance: an invalid id is rejected and nothing is sent', async () => {
  const e = await emulator();
  reset(e);
  const { result, records } = await withAnswers<unknown>([{ input: 'a;b' }], C.query);
  expect(result === undefined, 'no result');
  expect(/";" or "="/.test(records[0]?.validationError ?? ''), JSON.stringify(records));
  const r2 = await withAnswers<unknown>([], C.del, { customerId: 'a=b' });
  expect(r2.result === undefined, 'delete refused');
  expect(r2.records.some((r) => r.level === 'error' && /Invalid customer id/.test(r.title)), JSON.stringify(r2.records));
  expect(e.requests.length === 0, `requests sent: ${JSON.stringify(e.requests.map((r) => r.path))}`);
});

test('instance: delete cancelled at the warning or at typing sends nothing', async () => {
  const e = await emulator();
  reset(e);
  const atModal = await withAnswers<unknown>([{ input: 'cust-e2e' }, { pick: 'both' }, { cancel: true }], C.del);
  expect(atModal.result === undefined, 'cancelled');
  const modal = atModal.records.find((r) => r.kind === 'modal');
  for (const phrase of [/received before now/, /whole instance "e2e"/, /all its skills/, /\/message API/, /up to 24 hours/, /cannot be undone/, /Discovery/]) {
    expect(phrase.test(modal?.detail ?? ''), `warning lacks ${phrase}: ${modal?.detail}`);
  }
  const atTyping = await withAnswers<unknown>([{ input: 'cust-e2e' }, { pick: 'assistant' }, { modal: 'Continue…' }, { input: 'cust-e2' }], C.del);
  expect(atTyping.result === undefined, 'cancelled');
  expect(atTyping.records.some((r) => r.validationError === 'The text does not match the customer id.'), JSON.stringify(atTyping.records));
  expect(e.apiRequests('DELETE').length === 0 && e.requests.length === 0, `sent: ${JSON.stringify(e.requests.map((r) => r.method + ' ' + r.path))}`);
  expect(e.logs.filter((l) => l.customer_id === 'cust-e2e').length === 3, 'logs untouched');
});

test('instance: confirmed delete hits Assistant and Discovery; verify updates the ledger', async () => {
  const e = await emulator();
  reset(e);
  e.deferDeletes = true;
  const { result: entries } = await withAnswers<LedgerEntry[]>([{ input: 'cust-e2e' }, { pick: 'both' }, { modal: 'Continue…' }, { input: 'cust-e2e' }], C.del);
  expect(entries?.length === 2, `ledger entries: ${JSON.stringify(entries)}`);
  const dels = e.apiRequests('DELETE');
  expect(dels.length === 2 && dels.every((d) => d.query.customer_id === 'cust-e2e'), JSON.stringify(dels));
  expect(e.discoveryDeletes.join() === 'cust-e2e', 'Discovery delete');
  const ledgerFile = await vscode.commands.executeCommand<string>('piiLint.instance.test.ledgerFile');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  expect(!folder || !ledgerFile.startsWith(folder), `ledger is outside the workspace: ${ledgerFile}`);
  expect(!(await fs.readFile(ledgerFile, 'utf8')).includes('cust-e2e'), 'only a salted hash is stored');
  const assistantEntry = entries.find((x) => x.target === 'assistant')!;
  const still = await withAnswers<LedgerEntry>([], C.verify, { entryId: assistantEntry.entryId, customerId: 'cust-e2e' });
  expect(still.result?.status === 'still-present', JSON.stringify(still));
  e.processDeletes();
  const done = await withAnswers<LedgerEntry>([{ pick: assistantEntry.entryId }, { input: 'cust-e2e' }], C.verify);
  expect(done.result?.status === 'verified', JSON.stringify(done));
});

test('instance: build a Slack customer id, with shape checks', async () => {
  const ok = await withAnswers<string>([{ pick: 'slack' }, { input: 'T09LVDR7Y' }, { input: 'W4F8K9JNF' }, { pick: 'copy' }], C.build);
  expect(ok.result === 'slack_T09LVDR7YW4F8K9JNF', JSON.stringify(ok));
  const bad = await withAnswers<string>([{ pick: 'slack' }, { input: 'T09LVDR7Y' }, { input: 'w4f8' }], C.build);
  expect(bad.result === undefined && /member id/.test(bad.records.find((r) => r.validationError)?.validationError ?? ''), JSON.stringify(bad));
  const intercom = await withAnswers<string>([], C.build, { source: 'intercom', userId: '5c499e5535ddf5c7fa2d72b3', action: 'copy' });
  expect(intercom.result === 'intercom_5c499e5535ddf5c7fa2d72b3', JSON.stringify(intercom));
});

test('instance: the real input box — Esc sends nothing, Enter uses the id built before', async () => {
  const e = await emulator();
  reset(e);
  // Esc on the real input box.
  const cancelled = vscode.commands.executeCommand(C.query);
  expect((await pressUntilSettled(cancelled, 'workbench.action.closeQuickOpen')) === undefined, 'query cancelled');
  expect(e.requests.length === 0, 'nothing sent on Esc');
  // Build an id (scripted), then accept the real input box, which offers that id as its value.
  await withAnswers([], C.build, { source: 'webchat', userId: 'cust-e2e', action: 'copy' });
  const uri = await pressUntilSettled(vscode.commands.executeCommand<vscode.Uri>(C.query), 'workbench.action.acceptSelectedQuickOpenItem');
  expect(uri, 'query ran with the prefilled id');
  expect(e.apiRequests('GET')[0]?.query.filter === 'customer_id::cust-e2e', JSON.stringify(e.apiRequests('GET')[0]?.query));
});

test('instance: select the active instance', async () => {
  const e = await emulator();
  await withAnswers([], C.configure, {
    // A stray secret in the instance object must not reach the settings file.
    instance: { name: 'prod', url: e.assistantUrl, assistantId: 'env-draft-0001', authType: 'basic', username: 'apikey', apikey: 'stray-secret-123' },
    credentials: { password: API_KEY },
    makeActive: false,
  });
  expect(!JSON.stringify(vscode.workspace.getConfiguration('piiLint').get('instances')).includes('stray-secret-123'), 'no secret in settings');
  const { result } = await withAnswers<string>([{ pick: 'prod' }], C.select);
  expect(result === 'prod' && vscode.workspace.getConfiguration('piiLint').get('activeInstance') === 'prod', `selected ${result}`);
  reset(e);
  const { result: uri } = await withAnswers<vscode.Uri>([], C.query, { customerId: 'cust-e2e' });
  expect(uri && /^Basic /.test(e.apiRequests('GET')[0]?.authorization ?? ''), 'prod uses basic auth');
  await withAnswers([], C.select, 'e2e');
  await e.close();
  emu = undefined;
});
