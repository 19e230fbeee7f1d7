// Public API of the engine: pure, synchronous, no vscode / LSP imports.
export * from './types';
export { parseDocument, detectKind } from './formats';
export { lintText, createLinter } from './lint';
export type { Linter, LintOptions } from './lint';
