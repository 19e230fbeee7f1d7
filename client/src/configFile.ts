// "Create/Open Config File": opens the workspace folder's .piilintrc.json, creating a starter file when there is
// none. The JSON language validates and completes it through the extension's schema association; `$schema` is
// written only when the npm package is installed in the folder (a reference to a missing file shows as a problem
// and replaces the association).
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, CONFIG_SCHEMA_REF } from '../../server/src/lsp/protocol';

export function starterConfig(withSchema = false): string {
  const config = {
    ...(withSchema ? { $schema: CONFIG_SCHEMA_REF } : {}),
    rules: {},
    ignore: [],
    allow: [],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  return owner ?? vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder for ${CONFIG_FILE_NAME}` });
}

/** Opens (creating if needed) the config file; returns its URI and whether it was created. */
export async function openConfigFile(): Promise<{ uri: string; created: boolean } | undefined> {
  const folder = await pickFolder();
  if (!folder) {
    void vscode.window.showWarningMessage(`PII Lint: open a folder to create ${CONFIG_FILE_NAME}.`);
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  const created = !(await exists(uri));
  if (created) {
    const schemaInstalled = await exists(vscode.Uri.joinPath(folder.uri, CONFIG_SCHEMA_REF));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterConfig(schemaInstalled)));
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return { uri: uri.toString(), created };
}
