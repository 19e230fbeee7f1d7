// A document's LintResult from detections that another thread computed: the engine's own policy steps
// (Linter.lintDocument with `detectionsOf`), so the two-thread pipeline reports exactly what lint() reports.
import { createLinter, type DetectionsOf } from '../engine/lint';
import type { ResolvedConfig } from '../engine/policy/config';
import type { LintResult, ParsedDocument } from '../engine/types';

export type { DetectionsOf };

export type ResultBuilder = (doc: ParsedDocument, detectionsOf: DetectionsOf, path?: string) => LintResult;

/** For one config: no synthesizer (the pipeline never fixes) and no cache (this linter never detects). */
export function resultBuilder(config: ResolvedConfig): ResultBuilder {
  const linter = createLinter(config, { synthesizer: null, cacheSize: 0 });
  return (doc, detectionsOf, path) => linter.lintDocument('', doc, { path, detectionsOf });
}
