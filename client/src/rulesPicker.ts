// "Show Rules": a quick pick of the server's rules; choosing one opens its documentation.
import * as vscode from 'vscode';
import type { RuleInfo } from '../../server/src/lsp/protocol';

/** Shows the picker without waiting for a choice (the command returns the rules right away). */
export function showRulesPicker(rules: RuleInfo[]): vscode.QuickPick<vscode.QuickPickItem & { rule: RuleInfo }> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { rule: RuleInfo }>();
  pick.title = `PII Lint rules (${rules.length})`;
  pick.placeholder = 'Pick a rule to open its documentation';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = rules.map((rule) => ({
    label: rule.id,
    description: [rule.entity, rule.category, rule.severity ?? rule.defaultSeverity].filter(Boolean).join(' · '),
    detail: rule.description,
    rule,
  }));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void vscode.env.openExternal(vscode.Uri.parse(chosen.rule.docsUrl));
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return pick;
}
