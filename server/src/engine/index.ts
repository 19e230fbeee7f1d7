// Public API of the engine: pure, synchronous, no vscode / LSP imports.
export * from './types';
export { parseDocument, detectKind } from './formats';
export { lintText, createLinter } from './lint';
export type { DetectionsOf, Linter, LintOptions, LinterOptions } from './lint';
export * from './policy';
export { ALL_DETECTORS, listRules, docsUrl, detectorById, STRUCTURAL_RULES } from './detectors/registry';
export type { RuleInfo } from './detectors/registry';
export type { Detector, DetectContext, DetectorOptions, DetectorExample } from './detectors/types';
export { maskPreview, entityLabel, findingMessage, locationPhrase } from './findings';
