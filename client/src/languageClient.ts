// Creates the language client that runs the bundled server (dist/server.js) over stdio: the server writes
// stdio messages through its own reusing encoder (unchanged diagnostics are copied from their first encoding),
// while over node IPC every publish would be serialised again by Node.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, SETTINGS_SECTION } from '../../server/src/lsp/protocol';
import { documentSelector } from './selector';

export const CLIENT_ID = 'piiLint';
export const CLIENT_NAME = 'PII Lint';

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  middleware: Middleware,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      // The server pulls `piiLint.*` per resource; this makes the client announce changes to it.
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
    },
    // The window's settings at start: the server lints the top of a big file while its didOpen is still arriving,
    // before it can ask for the file's own settings (a plain copy: the configuration object carries methods).
    initializationOptions: () => ({ settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SETTINGS_SECTION))) as unknown }),
    outputChannel,
    // `piiLint.trace.server` is read by the client library itself (client id + ".trace.server").
    traceOutputChannel: outputChannel,
    diagnosticCollectionName: CLIENT_ID,
    middleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
