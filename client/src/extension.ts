// VS Code entry: starts the bundled language server, wires the status item and the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerInstanceCommands } from './instance/vscode';
import { openConfigFile } from './configFile';
import { CLIENT_NAME, createLanguageClient } from './languageClient';
import { executeCommandMiddleware } from './serverCommands';
import { FindingsStatus } from './statusItem';

/** Commands the client itself implements (the server's commands are registered by the client library). */
export const ClientCommands = {
  restartServer: 'piiLint.restartServer',
  openConfigFile: 'piiLint.openConfigFile',
  showOutput: 'piiLint.showOutput',
  /** Returns what the language status item shows for the active editor (used by the extension tests). */
  getStatus: 'piiLint.getStatus',
} as const;

let client: LanguageClient | undefined;

async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, status: FindingsStatus): Promise<void> {
  client = createLanguageClient(context, output, { executeCommand: executeCommandMiddleware });
  try {
    await client.start();
    status.attach(client);
  } catch (e) {
    output.appendLine(`The PII Lint server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('PII Lint: the language server did not start. See the "PII Lint" output.');
  }
}

async function stopClient(status: FindingsStatus): Promise<void> {
  status.detach();
  const running = client;
  client = undefined;
  if (running) await running.stop().catch(() => undefined);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  const status = new FindingsStatus();
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      await stopClient(status);
      await startClient(context, output, status);
      output.appendLine(`Server restarted at ${new Date().toISOString()}`);
    }),
    vscode.commands.registerCommand(ClientCommands.openConfigFile, () => openConfigFile()),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(ClientCommands.getStatus, async () => {
      await status.refresh();
      return status.snapshot();
    }),
  );
  // The document selector includes the `piiLint.kinds` globs, so a change there needs a new client.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('piiLint.kinds') || !client) return;
      await stopClient(status);
      await startClient(context, output, status);
    }),
  );
  registerInstanceCommands(context);
  await startClient(context, output, status);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
