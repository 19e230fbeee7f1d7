// Rule metadata for diagnostics (documentation links) and the showRules command.
import { docsUrl, listRules } from '../engine/detectors/registry';
import type { ResolvedConfig } from '../engine/policy/config';
import type { RuleInfo } from './protocol';

export function ruleDocsUrl(ruleId: string): string {
  return docsUrl(ruleId);
}

/** Every rule with the severity the given config puts in effect. */
export function rulesWithSeverity(config: ResolvedConfig | undefined): RuleInfo[] {
  return listRules().map((r) => {
    const override = config?.rules[r.id]?.severity;
    return { ...r, severity: override ?? r.defaultSeverity };
  });
}
