// Tree view of the deletion ledger (stored in the extension's global storage).
import * as vscode from 'vscode';
import type { DeletionLedger, LedgerEntry } from '../ledger';

const STATUS_ICON: Record<LedgerEntry['status'], string> = { requested: 'clock', verified: 'pass', 'still-present': 'warning' };

export class LedgerTree implements vscode.TreeDataProvider<LedgerEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly ledger: DeletionLedger) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(element?: LedgerEntry): Promise<LedgerEntry[]> {
    if (element) return [];
    return (await this.ledger.list()).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  }

  getTreeItem(e: LedgerEntry): vscode.TreeItem {
    const when = e.requestedAt.replace('T', ' ').slice(0, 16);
    const item = new vscode.TreeItem(`${when} · ${e.instance}${e.target === 'discovery' ? ' (Discovery)' : ''}`);
    item.id = e.entryId;
    item.description = e.status + (e.remaining ? ` (${e.remaining} left)` : '') + (e.customerId ? ` · ${e.customerId}` : '');
    item.tooltip = new vscode.MarkdownString(
      [
        `**Deletion request** ${e.requestedAt}`,
        `Instance: ${e.instance} (${e.target})`,
        `Status: ${e.status}${e.checkedAt ? `, checked ${e.checkedAt}` : ''}`,
        `Customer id: ${e.customerId ?? 'not stored (salted hash ' + e.idHash.slice(0, 12) + '…)'}`,
      ].join('\n\n'),
    );
    item.iconPath = new vscode.ThemeIcon(STATUS_ICON[e.status]);
    item.contextValue = e.target === 'assistant' ? 'piiLint.ledgerEntry.verifiable' : 'piiLint.ledgerEntry';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
