// Which documents the extension lints. The server decides the exact training-data kind from the content
// (and `piiLint.kinds` globs); the selector only has to let every candidate through.
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../server/src/lsp/protocol';

/** Languages contributed by this extension for Watson CSV/TXT uploads. */
export const WATSON_LANGUAGES = {
  intents: 'watson-intents-csv',
  entities: 'watson-entities-csv',
  utterances: 'watson-utterances',
} as const;

/** VS Code languages of the application code the server checks (app-js, app-python, app-html, app-shell kinds). */
export const APP_CODE_LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'html', 'shellscript'] as const;

/** Plain filters (language and/or glob), usable by both the vscode API and the language client. */
export type Filter = { language: string; pattern?: string } | { pattern: string };

export const DOCUMENT_SELECTOR: Filter[] = [
  // Workspace (dialog skill) and actions-skill exports, log exports.
  { language: 'json' },
  { language: 'jsonc' },
  // Watson CSV uploads and utterance logs recognised by file name.
  { language: WATSON_LANGUAGES.intents },
  { language: WATSON_LANGUAGES.entities },
  { language: WATSON_LANGUAGES.utterances },
  // CSV files whose name gives no hint (or a CSV language from another extension): the server reads the
  // content and ignores what is not training data. Plain .txt files only when named like utterance logs
  // (a .txt is always read as one utterance per line, so notes and licences stay out).
  { language: 'csv' },
  { language: 'plaintext', pattern: '**/*.csv' },
  { language: 'plaintext', pattern: '**/*utterance*.txt' },
  // Application code that may call the assistant (customer-id labelling, learning opt-out); the server only
  // parses files that mention the assistant.
  ...APP_CODE_LANGUAGES.map((language) => ({ language })),
];

/** The fixed selector plus the files that `piiLint.kinds` globs assign to a kind, whatever their language. */
export function documentSelector(): Filter[] {
  const kinds = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<Record<string, string[] | string>>('kinds') ?? {};
  const globs = Object.values(kinds).flatMap((g) => (Array.isArray(g) ? g : typeof g === 'string' ? [g] : []));
  const extra = globs
    .filter((g) => typeof g === 'string' && g.length > 0)
    .map((g) => ({ pattern: g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}` }));
  return [...DOCUMENT_SELECTOR, ...extra];
}
