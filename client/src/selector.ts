// Which documents the extension lints. The server decides the exact training-data kind from the content
// (and `piiLint.kinds` globs); the selector only has to let every candidate through.

/** Languages contributed by this extension for Watson CSV/TXT uploads. */
export const WATSON_LANGUAGES = {
  intents: 'watson-intents-csv',
  entities: 'watson-entities-csv',
  utterances: 'watson-utterances',
} as const;

/** Plain filters (language + optional glob), usable by both the vscode API and the language client. */
export const DOCUMENT_SELECTOR: { language: string; pattern?: string }[] = [
  // Workspace (dialog skill) and actions-skill exports, log exports.
  { language: 'json' },
  { language: 'jsonc' },
  // Watson CSV uploads and utterance logs recognised by file name.
  { language: WATSON_LANGUAGES.intents },
  { language: WATSON_LANGUAGES.entities },
  { language: WATSON_LANGUAGES.utterances },
  // CSV/TXT files whose name gives no hint (or a CSV language from another extension): the server
  // reads the content and ignores what is not training data.
  { language: 'csv' },
  { language: 'plaintext', pattern: '**/*.{csv,txt}' },
];
