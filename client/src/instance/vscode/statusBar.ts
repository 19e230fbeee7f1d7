// Status bar item showing the active Watson Assistant instance; click to switch.
import * as vscode from 'vscode';
import type { InstanceStore } from './store';

export function createInstanceStatusBar(store: InstanceStore, selectCommand: string): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('piiLint.activeInstance', vscode.StatusBarAlignment.Left, 10);
  item.name = 'PII Lint: Watson Assistant instance';
  item.command = selectCommand;
  const update = () => {
    const active = store.active();
    if (store.list().length === 0) {
      item.hide();
      return;
    }
    item.text = `$(database) Watson: ${active?.name ?? 'none'}`;
    item.tooltip = active ? `Active Watson Assistant instance: ${active.name}\n${active.url}\nClick to switch.` : 'No active Watson Assistant instance; click to choose one.';
    item.show();
  };
  update();
  const sub = store.onDidChange(update);
  const cfg = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('piiLint.instances') || e.affectsConfiguration('piiLint.activeInstance')) update();
  });
  return vscode.Disposable.from(item, sub, cfg);
}
