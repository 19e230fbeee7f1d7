// Build customer id, query, delete and verify, as VS Code commands over the shared core.
import * as vscode from 'vscode';
// The SDK-backed client is loaded on first use (`loadClient`): requiring ibm-watson costs hundreds of milliseconds,
// which should not be paid when the extension activates for linting.
import type { AssistantInstanceClient } from '../client';
import type { InstanceConfig } from '../config';
import { buildCustomerId, validateCustomerId, type IdSource } from '../customerId';
import { deleteCustomerData, deletionWarning, verifyDeletion } from '../deletion';
import { CancelledError } from '../errors';
import type { DeletionLedger, LedgerEntry } from '../ledger';
import type { PickItem, Prompter } from './prompts';
import type { ResultsDocuments } from './resultsDocument';
import type { InstanceStore } from './store';

export interface CustomerDataDeps {
  store: InstanceStore;
  ledger: DeletionLedger;
  results: ResultsDocuments;
  prompter: () => Prompter;
  onLedgerChanged: () => void;
}

/** Optional arguments for non-interactive starts (tree items, scripts); confirmations are still asked. */
export interface CustomerIdArgs {
  customerId?: string;
  instance?: string;
}

export class CustomerDataCommands {
  /** The id built by "Build customer id", offered as the default in the next id prompt. */
  private nextId: string | undefined;

  constructor(private readonly deps: CustomerDataDeps) {}

  private get p(): Prompter {
    return this.deps.prompter();
  }

  private async instance(name?: string): Promise<InstanceConfig | undefined> {
    const { store } = this.deps;
    const cfg = name ? store.list().find((i) => i.name === name) : store.active();
    if (!cfg) {
      void this.p.notify('error', name ? `No Watson Assistant instance named "${name}".` : 'No active Watson Assistant instance. Run "PII Lint: Configure Watson Assistant instance" first.');
    }
    return cfg;
  }

  private async client(cfg: InstanceConfig): Promise<AssistantInstanceClient | undefined> {
    const creds = await this.deps.store.credentials(cfg.name);
    try {
      const { AssistantInstanceClient } = await import('../client.js');
      return new AssistantInstanceClient(cfg, creds.assistant, { discoveryCredentials: creds.discovery });
    } catch (e) {
      void this.p.notify('error', (e as Error).message);
      return undefined;
    }
  }

  /** The id from args (validated) or from an input box that validates as you type. */
  private async customerId(title: string, given?: string): Promise<string | undefined> {
    if (given !== undefined) {
      const c = validateCustomerId(given);
      if (!c.ok) void this.p.notify('error', `Invalid customer id: ${c.message}`);
      return c.ok ? c.id : undefined;
    }
    const v = await this.p.input({
      title,
      prompt: 'The customer id the messages were labelled with (X-Watson-Metadata: customer_id=...)',
      value: this.nextId,
      validate: (x) => {
        const c = validateCustomerId(x);
        return c.ok ? undefined : c.message;
      },
    });
    return v === undefined ? undefined : validateCustomerId(v).ok ? v.trim() : undefined;
  }

  async buildId(args?: { source?: IdSource; teamId?: string; memberId?: string; userId?: string; action?: 'copy' | 'query' | 'delete' }): Promise<string | undefined> {
    const p = this.p;
    let source = args?.source;
    if (!source) {
      const s = await p.pick(
        [
          { id: 'slack', label: 'Slack', description: 'slack_ + team id + member id' },
          { id: 'intercom', label: 'Intercom', description: 'intercom_ + user id' },
          { id: 'webchat', label: 'Web chat', description: 'the user_id, as is' },
        ],
        { title: 'Build customer id: integration' },
      );
      if (!s) return undefined;
      source = s.id as IdSource;
    }
    const parts = { teamId: args?.teamId, memberId: args?.memberId, userId: args?.userId };
    const ask = async (title: string, prompt: string, check: (v: string) => string | undefined) => p.input({ title, prompt, validate: check });
    if (source === 'slack') {
      parts.teamId ??= await ask('Slack team id', 'e.g. T09LVDR7Y ([BOOT] Initial team ID in the browser console)', (v) => (/^T[A-Z0-9]{8,}$/.test(v.trim()) ? undefined : 'A Slack team id is T followed by 8 or more capital letters or digits.'));
      if (parts.teamId === undefined) return undefined;
      parts.memberId ??= await ask('Slack member id', "e.g. W4F8K9JNF (from the user's Slack profile)", (v) => (/^[UW][A-Z0-9]{8,}$/.test(v.trim()) ? undefined : 'A Slack member id is U or W followed by 8 or more capital letters or digits.'));
      if (parts.memberId === undefined) return undefined;
    } else {
      parts.userId ??= await ask(source === 'intercom' ? 'Intercom user id' : 'Web chat user_id', source === 'intercom' ? 'The id of the message author' : 'The user_id your page passes to web chat', (v) => {
        const c = buildCustomerId(source!, { userId: v });
        return c.ok ? undefined : c.message;
      });
      if (parts.userId === undefined) return undefined;
    }
    const built = buildCustomerId(source, parts);
    if (!built.ok) {
      void p.notify('error', built.message);
      return undefined;
    }
    this.nextId = built.id;
    let action = args?.action;
    if (!action) {
      const a = await p.pick(
        [
          { id: 'copy', label: 'Copy to clipboard', description: built.id },
          { id: 'query', label: 'Query customer data with this id' },
          { id: 'delete', label: 'Delete customer data with this id…' },
        ],
        { title: `Customer id: ${built.id}` },
      );
      action = (a?.id as typeof action) ?? 'copy';
    }
    // The clipboard can be unavailable (e.g. a browser workbench without permission); the id is still usable.
    let copied = true;
    await Promise.resolve(vscode.env.clipboard.writeText(built.id)).catch(() => (copied = false));
    if (action === 'query') await this.query({ customerId: built.id });
    else if (action === 'delete') await this.delete({ customerId: built.id });
    else void p.notify('info', `${copied ? 'Copied' : 'Built (clipboard unavailable)'} customer id ${built.id}; it is also the default in the next customer-data command.`);
    return built.id;
  }

  async query(args?: CustomerIdArgs): Promise<vscode.Uri | undefined> {
    const cfg = await this.instance(args?.instance);
    if (!cfg) return undefined;
    const id = await this.customerId(`Query customer data on "${cfg.name}"`, args?.customerId);
    if (!id) return undefined;
    const client = await this.client(cfg);
    if (!client) return undefined;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Querying logs on "${cfg.name}"`, cancellable: true },
        (progress, token) => {
          const ac = new AbortController();
          token.onCancellationRequested(() => ac.abort());
          return client.queryLogs(id, {
            signal: ac.signal,
            onProgress: (q) =>
              progress.report({
                message: q.retry ? `${q.retry.error.message} Retrying in ${Math.ceil(q.retry.delayMs / 1000)} s…` : `${q.fetched} entries (page ${q.page})`,
              }),
          });
        },
      );
      const uri = this.deps.results.add(cfg.name, result);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      void this.p.notify('info', `${result.logs.length} log entr${result.logs.length === 1 ? 'y' : 'ies'} for this customer id on "${cfg.name}".`);
      return uri;
    } catch (e) {
      this.reportError(e);
      return undefined;
    }
  }

  async delete(args?: CustomerIdArgs): Promise<LedgerEntry[] | undefined> {
    const p = this.p;
    const cfg = await this.instance(args?.instance);
    if (!cfg) return undefined;
    const id = await this.customerId(`Delete customer data on "${cfg.name}"`, args?.customerId);
    if (!id) return undefined;
    const client = await this.client(cfg);
    if (!client) return undefined;
    let withDiscovery = false;
    if (client.hasDiscovery) {
      const d = await p.pick(
        [
          { id: 'both', label: 'Watson Assistant and the linked Discovery instance', description: 'recommended: search queries carry the id' },
          { id: 'assistant', label: 'Watson Assistant only' },
        ],
        { title: 'Delete where?' },
      );
      if (!d) return undefined;
      withDiscovery = d.id === 'both';
    }
    const proceed = await p.modal(`Delete all message data of customer id "${id}" on "${cfg.name}"?`, deletionWarning(id, cfg.name, withDiscovery), ['Continue…']);
    if (proceed !== 'Continue…') return undefined;
    const typed = await p.input({
      title: 'Type the customer id to confirm the deletion',
      prompt: `Type ${id} exactly. This cannot be undone.`,
      validate: (v) => (v.trim() === id ? undefined : 'The text does not match the customer id.'),
    });
    if (typed === undefined || typed.trim() !== id) {
      void p.notify('info', 'Deletion cancelled. Nothing was sent.');
      return undefined;
    }
    try {
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Requesting deletion on "${cfg.name}"` },
        () => deleteCustomerData(client, this.deps.ledger, id, { typedCustomerId: typed }, { discovery: withDiscovery, storeRawId: this.deps.store.storeRawIds() }),
      );
      this.deps.onLedgerChanged();
      if (outcome.ledgerError) void p.notify('warning', `Deletion requested, but the ledger could not be written: ${outcome.ledgerError.message}`);
      if (outcome.discoveryError) void p.notify('error', `Assistant deletion requested, but Discovery failed: ${outcome.discoveryError.message}`);
      void p.notify('info', `Deletion requested on "${cfg.name}"${withDiscovery && !outcome.discoveryError ? ' and its Discovery instance' : ''}. It may take up to 24 hours; run "PII Lint: Verify deletion" afterwards.`);
      return outcome.entries;
    } catch (e) {
      this.reportError(e);
      return undefined;
    }
  }

  async verify(arg?: LedgerEntry | { entryId?: string; customerId?: string }): Promise<LedgerEntry | undefined> {
    const p = this.p;
    const entries = (await this.deps.ledger.list()).filter((e) => e.target === 'assistant');
    let entry = arg?.entryId ? entries.find((e) => e.entryId === arg.entryId) : undefined;
    if (!entry) {
      if (entries.length === 0) {
        void p.notify('info', 'The deletion ledger has no Assistant deletions to verify.');
        return undefined;
      }
      const items: PickItem[] = entries.map((e) => ({ id: e.entryId, label: `${e.requestedAt.replace('T', ' ').slice(0, 16)} · ${e.instance}`, description: `${e.status}${e.customerId ? ' · ' + e.customerId : ''}` }));
      const chosen = await p.pick(items, { title: 'Verify which deletion?' });
      entry = entries.find((e) => e.entryId === chosen?.id);
      if (!entry) return undefined;
    }
    const cfg = await this.instance(entry.instance);
    if (!cfg) return undefined;
    // verifyDeletion re-validates any given id and checks it against the entry's salted hash.
    let id = entry.customerId ?? (arg as { customerId?: string } | undefined)?.customerId;
    if (id === undefined) {
      const e = entry;
      const typed = await p.input({
        title: 'Customer id of this deletion',
        prompt: 'The ledger keeps only a salted hash; type the id to check it.',
        validate: (v) => {
          const c = validateCustomerId(v);
          return c.ok ? undefined : c.message;
        },
      });
      if (typed === undefined) return undefined;
      if (!(await this.deps.ledger.matches(e, typed))) {
        void p.notify('error', 'That customer id does not match this ledger entry.');
        return undefined;
      }
      id = typed.trim();
    }
    const client = await this.client(cfg);
    if (!client) return undefined;
    try {
      const v = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Verifying deletion on "${cfg.name}"` }, () => verifyDeletion(client, this.deps.ledger, entry!, id!));
      this.deps.onLedgerChanged();
      if (v.remaining === 0) void p.notify('info', `Verified: no log entries with this customer id remain on "${cfg.name}".`);
      else void p.notify('warning', `${v.remaining}${v.remaining >= 100 ? '+' : ''} log entries with this customer id are still present on "${cfg.name}".${v.withinWindow ? ' Deletion can take up to 24 hours; check again later.' : ' The 24-hour window has passed: contact IBM support.'}`);
      return v.entry;
    } catch (e) {
      this.reportError(e);
      return undefined;
    }
  }

  private reportError(e: unknown): void {
    if (e instanceof CancelledError) void this.p.notify('info', e.message);
    else void this.p.notify('error', (e as Error).message);
  }
}
