// Helpers shared by the PII Lint suites.
import type * as vscode from 'vscode';
import { openWorkspaceFile, waitForDiagnostics } from './harness';

/** Opens a fixture and waits for a PII Lint diagnostic covering `planted`; returns both. */
export async function diagnosticFor(parts: string[], planted: string): Promise<{ doc: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const doc = await openWorkspaceFile(...parts);
  const covers = (d: vscode.Diagnostic) => doc.getText(d.range).includes(planted) || planted.includes(doc.getText(d.range));
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some(covers));
  return { doc, diagnostic: diagnostics.find(covers)! };
}
