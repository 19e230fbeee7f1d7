// "Set File Kind": tells the server which training-data format a file holds (overriding detection) and
// switches CSV/TXT files to the matching Watson language so they get the right grammar.
import * as vscode from 'vscode';
import { FILE_KINDS, type FileKind } from '../../server/src/engine/types';
import type { SetFileKindParams } from '../../server/src/lsp/protocol';
import { WATSON_LANGUAGES } from './selector';

const KIND_LABELS: Record<FileKind, string> = {
  dialog: 'Dialog skill (workspace JSON)',
  actions: 'Actions skill export (JSON)',
  'intents-csv': 'Intents CSV (example, intent)',
  'entities-csv': 'Entities CSV (entity, value, synonyms or /patterns/)',
  'phrases-csv': 'Action example phrases CSV',
  utterances: 'Utterance log (one per line, CSV or TXT)',
  logs: 'Conversation logs export (JSON)',
  'app-js': 'Application code calling the assistant (JavaScript/TypeScript)',
  'app-python': 'Application code calling the assistant (Python)',
  'app-html': 'Web page with the web chat or API calls (HTML)',
  'app-shell': 'Shell script calling the assistant (curl)',
};

/** Language a document should have for a kind; undefined keeps the current one. */
export function languageForKind(kind: FileKind, current: string): string | undefined {
  switch (kind) {
    case 'intents-csv':
    case 'phrases-csv':
      return WATSON_LANGUAGES.intents;
    case 'entities-csv':
      return WATSON_LANGUAGES.entities;
    case 'utterances':
      return WATSON_LANGUAGES.utterances;
    case 'app-js':
    case 'app-python':
    case 'app-html':
    case 'app-shell':
      return undefined;
    default:
      return current === 'json' || current === 'jsonc' ? undefined : 'json';
  }
}

/** Asks for a kind (or automatic detection); undefined when the user cancels. */
export async function pickFileKind(): Promise<FileKind | null | undefined> {
  const items: (vscode.QuickPickItem & { kind_: FileKind | null })[] = [
    { label: 'Detect automatically', description: 'from file name and content', kind_: null },
    ...FILE_KINDS.map((k) => ({ label: KIND_LABELS[k], description: k, kind_: k })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'PII Lint: training-data kind of this file' });
  return picked ? picked.kind_ : undefined;
}

/** Turns the command's arguments (or a prompt) into the server's SetFileKindParams. */
export async function setFileKindParams(args: unknown[]): Promise<SetFileKindParams | undefined> {
  const given = args[0] as Partial<SetFileKindParams> | undefined;
  if (given && typeof given.uri === 'string' && given.kind !== undefined) return { uri: given.uri, kind: given.kind };
  const uri = typeof given?.uri === 'string' ? given.uri : vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void vscode.window.showWarningMessage('PII Lint: open the file whose kind you want to set.');
    return undefined;
  }
  const kind = await pickFileKind();
  return kind === undefined ? undefined : { uri, kind };
}

/** After the server accepted a kind: give open documents of that URI the matching language. */
export async function applyKindLanguage(params: SetFileKindParams): Promise<void> {
  if (!params.kind) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri);
  if (!doc) return;
  const language = languageForKind(params.kind, doc.languageId);
  if (language && language !== doc.languageId) await vscode.languages.setTextDocumentLanguage(doc, language);
}
