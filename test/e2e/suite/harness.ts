// Tiny test harness for the extension-host suite: tests register here, `index.ts` runs them in order.
// Suites (`*.e2e.ts`) import from this file only, so they run unchanged on a desktop VS Code.
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface RegisteredTest {
  name: string;
  fn: () => Promise<void>;
}

const registered: RegisteredTest[] = [];

/** Registers a test; tests run sequentially in registration order (file order, then call order). */
export function test(name: string, fn: () => Promise<void>): void {
  registered.push({ name, fn });
}

export function registeredTests(): readonly RegisteredTest[] {
  return registered;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it returns a truthy value (returned) or the time is up (throws with `what`). */
export async function waitFor<T>(cond: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await sleep(50);
  }
}

/** Absolute path inside the first workspace folder (the temp copy of test/e2e/fixtures/workspace). */
export function workspacePath(...parts: string[]): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return path.join(folder.uri.fsPath, ...parts);
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(workspacePath(...parts));
}

/** PII Lint diagnostics of one URI (other extensions' diagnostics, e.g. the JSON language's, are left out). */
export function piiDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'PII Lint');
}

/** Waits until the PII Lint diagnostics of `uri` satisfy `predicate`; returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  let seen: vscode.Diagnostic[] = [];
  try {
    await waitFor(() => {
      seen = piiDiagnostics(uri);
      return predicate(seen);
    }, timeoutMs, `diagnostics of ${path.basename(uri.fsPath)}`);
  } catch (e) {
    const summary = seen.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(ruleOf(d))} ${d.message}`).join('; ');
    throw new Error(`${(e as Error).message} (last seen ${seen.length}: ${summary || 'none'})`);
  }
  return seen;
}

/** Rule id of a diagnostic (`code` is `{ value, target }` when the rule links to its docs). */
export function ruleOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/** Opens a workspace file in an editor and returns the document. */
export async function openWorkspaceFile(...parts: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Thrown assertions with a readable message (node:assert works too; this keeps failures one line). */
export function expect(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
