// Set-up shared by the LSP tests: a fresh workspace folder, the built server over stdio (LspTestClient),
// initialize, and a clean shutdown afterwards, for a whole describe() or for one test.
import { after, before } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspTestClient, type ClientOptions } from './lspClient';

export interface ServerSession {
  client: LspTestClient;
  /** The workspace folder: a fresh temporary directory. */
  root: string;
  init: InitializeResult;
}

export interface ServerOptions extends Omit<ClientOptions, 'root'> {
  /** Fills the workspace folder before the server starts. */
  setup?(root: string): void;
}

async function start(name: string, options: ServerOptions): Promise<ServerSession> {
  const { setup, ...clientOptions } = options;
  const root = mkdtempSync(join(tmpdir(), `pii-lsp-${name}-`));
  setup?.(root);
  const client = new LspTestClient({ ...clientOptions, root });
  try {
    return { client, root, init: await client.initialize() };
  } catch (e) {
    await client.stop();
    throw e;
  }
}

/**
 * A server for the tests of the enclosing describe(): started before them, stopped after them. The session's
 * fields are filled in by the `before` hook, so read them inside tests and hooks.
 */
export function withServer(name: string, options: ServerOptions = {}): ServerSession {
  const session = {} as ServerSession;
  before(async () => {
    Object.assign(session, await start(name, options));
  });
  after(async () => {
    await session.client?.stop();
  });
  return session;
}

/** A server for one test: started, handed to `run`, stopped whatever happens. */
export async function usingServer<T>(name: string, options: ServerOptions, run: (session: ServerSession) => Promise<T>): Promise<T> {
  const session = await start(name, options);
  try {
    return await run(session);
  } finally {
    await session.client.stop();
  }
}
