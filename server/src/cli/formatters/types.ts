// What a formatter gets: the report (already filtered by --quiet and the baseline, read back file by file) and
// the run context. A formatter yields its output in pieces, so a report of any size is written as it is made.
import type { RunView } from '../collector';
import type { Summary } from '../report';
import type { Severity } from '../../engine/types';

export interface RuleDescription {
  id: string;
  entity: string;
  category: string;
  defaultSeverity: Severity;
  description: string;
  docsUrl: string;
}

export interface FormatContext {
  version: string;
  cwd: string;
  color: boolean;
  failOn: Severity;
  /** Totals of what the report shows. */
  summary: Summary;
  rules: RuleDescription[];
  /** The lint threads rendered the findings for this format already (FileView.text()). */
  rendered?: 'json';
}

/** Pieces of the output: text, or UTF-8 bytes (findings the lint threads rendered). */
export type Formatter = (view: RunView, ctx: FormatContext) => Iterable<string | Uint8Array>;
