// VS Code side of the Watson instance module: commands, status bar item, ledger tree view, results documents.
import * as vscode from 'vscode';
import type { IdSource } from '../customerId';
import { DELETION_WINDOW_MS } from '../deletion';
import { JsonFileLedger } from '../ledger';
import { configureInstance, selectActiveInstance, type ConfigureArgs } from './configure';
import { CustomerDataCommands, type CustomerIdArgs } from './customerDataCommands';
import { LedgerTree } from './ledgerView';
import { ScriptedPrompter, vscodePrompter, type Prompter, type ScriptedAnswer } from './prompts';
import { ResultsDocuments, RESULTS_SCHEME } from './resultsDocument';
import { createInstanceStatusBar } from './statusBar';
import { InstanceStore } from './store';

export const INSTANCE_COMMANDS = {
  configure: 'piiLint.instance.configure',
  select: 'piiLint.instance.select',
  remove: 'piiLint.instance.remove',
  buildCustomerId: 'piiLint.instance.buildCustomerId',
  query: 'piiLint.instance.queryCustomerData',
  delete: 'piiLint.instance.deleteCustomerData',
  verify: 'piiLint.instance.verifyDeletion',
  toggleUserText: 'piiLint.instance.toggleUserText',
  exportResults: 'piiLint.instance.exportQueryResults',
  refreshLedger: 'piiLint.instance.refreshLedger',
} as const;

export const LEDGER_VIEW_ID = 'piiLint.deletionLedger';

export function registerInstanceCommands(context: vscode.ExtensionContext): void {
  const store = new InstanceStore(context.secrets);
  const ledger = new JsonFileLedger(context.globalStorageUri.fsPath);
  const results = new ResultsDocuments();
  const tree = new LedgerTree(ledger);
  let prompter: Prompter = vscodePrompter;
  let scripted: ScriptedPrompter | undefined;
  const commands = new CustomerDataCommands({ store, ledger, results, prompter: () => prompter, onLedgerChanged: () => tree.refresh() });

  const activeResults = (uri?: vscode.Uri) => uri ?? vscode.window.activeTextEditor?.document.uri;
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg(INSTANCE_COMMANDS.configure, (args?: ConfigureArgs) => configureInstance(prompter, store, args));
  reg(INSTANCE_COMMANDS.select, (name?: string) => selectActiveInstance(prompter, store, typeof name === 'string' ? name : undefined));
  reg(INSTANCE_COMMANDS.remove, async (name?: string) => {
    const target = typeof name === 'string' ? name : (await prompter.pick(store.list().map((i) => ({ id: i.name, label: i.name, description: i.url })), { title: 'Remove which Watson Assistant instance?' }))?.id;
    if (!target) return undefined;
    const ok = await prompter.modal(`Remove the Watson Assistant instance "${target}"?`, 'Its settings and stored secrets are removed from VS Code. Nothing changes on the instance itself.', ['Remove']);
    if (ok === 'Remove') await store.remove(target);
    return ok === 'Remove' ? target : undefined;
  });
  reg(INSTANCE_COMMANDS.buildCustomerId, (args?: { source?: IdSource; teamId?: string; memberId?: string; userId?: string; action?: 'copy' | 'query' | 'delete' }) => commands.buildId(args));
  reg(INSTANCE_COMMANDS.query, (args?: CustomerIdArgs) => commands.query(args));
  reg(INSTANCE_COMMANDS.delete, (args?: CustomerIdArgs) => commands.delete(args));
  reg(INSTANCE_COMMANDS.verify, (arg?: { entryId?: string; customerId?: string }) => commands.verify(arg));
  reg(INSTANCE_COMMANDS.refreshLedger, () => tree.refresh());
  reg(INSTANCE_COMMANDS.toggleUserText, (uri?: vscode.Uri) => {
    const target = activeResults(uri);
    const revealed = target ? results.toggle(target) : undefined;
    if (revealed === undefined) void prompter.notify('info', 'Open a customer data query result first.');
    return revealed;
  });
  reg(INSTANCE_COMMANDS.exportResults, async (uri?: vscode.Uri, target?: vscode.Uri) => {
    const source = activeResults(uri);
    const text = source ? results.exportJson(source) : undefined;
    if (!text) {
      void prompter.notify('info', 'Open a customer data query result first.');
      return undefined;
    }
    const dest = target ?? (await vscode.window.showSaveDialog({ filters: { JSON: ['json'] }, saveLabel: 'Export customer data' }));
    if (!dest) return undefined;
    await vscode.workspace.fs.writeFile(dest, Buffer.from(text, 'utf8'));
    void prompter.notify('info', `Exported to ${dest.fsPath}.`);
    return dest;
  });

  context.subscriptions.push(
    store,
    results,
    tree,
    vscode.workspace.registerTextDocumentContentProvider(RESULTS_SCHEME, results),
    vscode.window.createTreeView(LEDGER_VIEW_ID, { treeDataProvider: tree, showCollapseAll: false }),
    createInstanceStatusBar(store, INSTANCE_COMMANDS.select),
  );

  void remindPendingVerifications(ledger, prompter);

  // Extension tests only: answer prompts from a script and read back what was asked. Not available to users.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    reg('piiLint.instance.test.scriptPrompts', (answers: ScriptedAnswer[] | undefined) => {
      scripted = answers ? new ScriptedPrompter([...answers]) : undefined;
      prompter = scripted ?? vscodePrompter;
    });
    reg('piiLint.instance.test.promptRecords', () => scripted?.records ?? []);
    reg('piiLint.instance.test.ledgerFile', () => ledger.file);
  }
}

/** After the 24-hour processing window, a requested deletion is worth verifying: say so once per session. */
async function remindPendingVerifications(ledger: JsonFileLedger, prompter: Prompter): Promise<void> {
  try {
    const due = (await ledger.list()).filter((e) => e.target === 'assistant' && e.status === 'requested' && Date.now() - Date.parse(e.requestedAt) > DELETION_WINDOW_MS);
    if (due.length === 0) return;
    const choice = await prompter.notify('info', `${due.length} customer-data deletion${due.length === 1 ? ' is' : 's are'} past the 24-hour window and not verified yet.`, 'Verify…');
    if (choice === 'Verify…') await vscode.commands.executeCommand(INSTANCE_COMMANDS.verify);
  } catch {
    // A missing or unreadable ledger is reported when the user opens it, not at startup.
  }
}
