// Client-side behaviour around the commands the server serves (workspace/executeCommand). The client
// library registers those command ids itself; this middleware fills in arguments when a command comes
// from the Command Palette and shows results.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { Commands, type FixAllParams, type RuleInfo, type ScanWorkspaceResult, type SetFileKindParams } from '../../server/src/lsp/protocol';
import { applyKindLanguage, setFileKindParams } from './fileKinds';
import { showRulesPicker } from './rulesPicker';

type ExecuteCommand = NonNullable<Middleware['executeCommand']>;

function activeUri(): string | undefined {
  return vscode.window.activeTextEditor?.document.uri.toString();
}

export const executeCommandMiddleware: ExecuteCommand = async (command, args, next) => {
  switch (command) {
    case Commands.fixAllInFile: {
      if (args.length > 0) return next(command, args);
      const uri = activeUri();
      if (!uri) {
        void vscode.window.showWarningMessage('PII Lint: open a training-data file to fix.');
        return undefined;
      }
      const params: FixAllParams = { uri, strategy: 'synthetic' };
      const result = (await next(command, [params])) as { applied?: boolean; count?: number } | undefined;
      if (result && !result.count) void vscode.window.showInformationMessage('PII Lint: nothing to fix in this file.');
      return result;
    }
    case Commands.setFileKind: {
      const params: SetFileKindParams | undefined = await setFileKindParams(args);
      if (!params) return undefined;
      const result = await next(command, [params]);
      await applyKindLanguage(params);
      return result;
    }
    case Commands.showRules: {
      const rules = ((await next(command, args)) ?? []) as RuleInfo[];
      if (args.length === 0) showRulesPicker(rules);
      return rules;
    }
    case Commands.scanWorkspace: {
      const result = (await next(command, args)) as ScanWorkspaceResult | undefined;
      if (result && !result.cancelled) {
        const msg = `PII Lint scanned ${result.files} file(s): ${result.findings} finding(s) in ${result.filesWithFindings} file(s).`;
        void vscode.window.showInformationMessage(msg);
      }
      return result;
    }
    default:
      return next(command, args);
  }
};
