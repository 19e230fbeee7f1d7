// What a formatter gets: the reports (already filtered by --quiet and the baseline) and the run context.
import type { FileReport, Summary } from '../report';
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
  summary: Summary;
  rules: RuleDescription[];
}

export type Formatter = (reports: FileReport[], ctx: FormatContext) => string;
