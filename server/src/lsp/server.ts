// Wires the language server: capabilities, documents, settings, config watching, diagnostics, hover,
// code actions, commands and the status request. Every handler is wrapped so bad input never crashes it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  MessageType,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { codeActionsFor, fixAllActionData, resolveFixAll, type EditOptions } from './codeActions';
import { CommandHandler } from './commands';
import { ConfigResolver } from './configResolver';
import { DocumentStore } from './documents';
import { hoverFor } from './hover';
import { KindResolver } from './kinds';
import { Logger } from './logger';
import type { OpenStart } from './openPeek';
import { ALL_COMMANDS, CONFIG_FILE_NAME, FIX_ALL_KIND, FileStatusRequest, type FileStatusParams } from './protocol';
import { normalizeSettings, SettingsStore } from './settings';
import { warmUp } from './engineApi';
import { Validator } from './validator';

function rootsOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const out: string[] = [];
  for (const u of uris) {
    if (!u.startsWith('file:')) continue;
    try {
      out.push(fileURLToPath(u));
    } catch {
      // not a local folder: virtual workspaces lint open files only
    }
  }
  return out;
}

/** What the transport can tell the server before a message is read whole (see openPeek.ts). */
export interface ServerHooks {
  previewOpen(start: OpenStart): void;
}

export function startServer(connection: Connection): ServerHooks {
  const log = new Logger(connection);
  const documents = new DocumentStore();
  const settings = new SettingsStore(connection);
  const configs = new ConfigResolver();
  const kinds = new KindResolver();
  configs.onConfigErrors = (path, errors) =>
    void connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `PII Lint: problems in ${path} (the rest of the file applies): ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}`,
    });
  const validator = new Validator(connection, documents, settings, configs, kinds, log);
  let commands: CommandHandler | undefined;
  let dynamicWatchers = false;
  let dynamicConfiguration = false;
  const editOptions: EditOptions = { documentChanges: false, resolveEdits: false };

  /** Runs a handler; on an exception logs it (without document text) and answers with the fallback. */
  async function safe<T>(name: string, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      log.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    settings.setSupportsConfiguration(!!caps.workspace?.configuration);
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    configs.setRoots(rootsOf(params));
    editOptions.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    editOptions.resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    try {
      warmUp(configs.configFor(undefined, normalizeSettings(undefined)).linter);
    } catch (e) {
      log.error(`warm-up failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    const init = params.initializationOptions as { trace?: string; settings?: unknown } | undefined;
    if (init?.trace === 'messages' || init?.trace === 'verbose') log.level = init.trace;
    if (init?.settings !== undefined) settings.initial = normalizeSettings(init.settings);
    commands = new CommandHandler({
      connection,
      documents,
      validator,
      configs,
      kinds,
      settings,
      log,
      editOptions,
      supportsShowDocument: !!caps.window?.showDocument?.support,
      supportsWorkDoneProgress: !!caps.window?.workDoneProgress,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        executeCommandProvider: { commands: ALL_COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'assistant-pii-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'piiLint' });
    if (configs.getRoots().length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(rootsOf({ workspaceFolders: e.removed } as InitializeParams));
        const roots = configs.getRoots().filter((r) => !removed.has(r));
        roots.push(...rootsOf({ workspaceFolders: e.added } as InitializeParams));
        configs.setRoots(roots);
        configs.invalidate();
        validator.scheduleAll('config');
      });
    }
    void refreshTraceLevel();
  });

  async function refreshTraceLevel(): Promise<void> {
    const root = configs.getRoots()[0];
    const s = await settings.get(root ? pathToFileURL(root).toString() : '');
    log.level = s.trace.server;
  }

  documents.listen(connection, {
    onOpen: (d) => validator.schedule(d, 'open'),
    onChange: (d) => validator.schedule(d, 'change'),
    onSave: (d) => validator.schedule(d, 'save'),
    onClose: (uri) => {
      validator.forget(uri);
      // Scan results stay in Problems; other files' diagnostics go away with the editor.
      if (!commands?.scannedUris.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  });

  connection.onDidChangeConfiguration((change) =>
    safe('didChangeConfiguration', undefined, async () => {
      settings.clear();
      settings.setGlobal(change.settings);
      await refreshTraceLevel();
      validator.scheduleAll('config');
    }),
  );

  connection.onDidChangeWatchedFiles((params) =>
    safe('didChangeWatchedFiles', undefined, () => {
      if (params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) {
        configs.invalidate();
        validator.scheduleAll('config');
      }
    }),
  );

  connection.onHover((params) =>
    safe('hover', null, () => {
      const d = documents.get(params.textDocument.uri);
      return d ? hoverFor(validator.analyses.get(d.uri), d.doc, params.position) : null;
    }),
  );

  connection.onCodeAction((params) =>
    safe('codeAction', [], async () => {
      const d = documents.get(params.textDocument.uri);
      if (!d) return [];
      // Quick fixes check each diagnostic against the analysis of the current version (waits for a running one).
      const a = await validator.settled(d.uri);
      return codeActionsFor(params, d.doc, a, editOptions);
    }),
  );

  connection.onCodeActionResolve((action) =>
    safe('codeAction/resolve', action, async () => {
      const data = fixAllActionData(action);
      const d = data && documents.get(data.uri);
      if (!d) return action;
      return resolveFixAll(action, d.doc, await validator.current(d.uri), editOptions);
    }),
  );

  // Registered directly (not onExecuteCommand) to keep params.workDoneToken, which the helper strips.
  connection.onRequest(ExecuteCommandRequest.type, async (params, token) => {
    if (!commands) return null;
    try {
      return await commands.execute(params.command, params.arguments, token, params.workDoneToken);
    } catch (e) {
      log.error(`command ${params.command} failed: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
  });

  connection.onRequest(FileStatusRequest, (params: FileStatusParams) =>
    safe('fileStatus', null, () => (params && typeof params.uri === 'string' ? validator.statusOf(params.uri) : null)),
  );

  process.on('uncaughtException', (e) => log.error(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  process.on('unhandledRejection', (e) => log.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

  connection.listen();
  return {
    previewOpen: (start) => {
      try {
        validator.previewOpen(start);
      } catch (e) {
        log.error(`preview of ${start.uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}
