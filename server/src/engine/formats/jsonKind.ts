// What walking a Watson JSON document yields, and the kind its top-level shape says it is.
import type { FileKind } from '../types';
import type { ActionRec, IntentRec, VarRec } from './jsonRecords';
import type { JsonText, TextSite } from './lazyText';

export interface JsonWalk {
  texts: JsonText[];
  /** Every TextSite of the texts (roles that depend on the final kind are settled on them). */
  sites: TextSite[];
  counts: Record<string, number>;
  variables: VarRec[];
  actions: ActionRec[];
  intents: IntentRec[];
  rootKeys: Set<string>;
  typeValue: string;
  rootIsArray: boolean;
  logLike: boolean;
  /** Offsets of every `false` literal, in order (the training-data opt-out check reads these, not the whole text). */
  falseValues: number[];
  /** Offset of the first NUL inside a string, or -1 (the document's first NUL when the parse had no problem). */
  firstNul: number;
}

/** The kind a walked JSON document has, from its top-level shape. */
export function jsonKind(w: JsonWalk): FileKind | null {
  if (w.rootIsArray) return w.logLike ? 'logs' : null;
  const k = w.rootKeys;
  if (w.typeValue === 'action' || (k.has('workspace') && (w.counts.actions ?? 0) > 0)) return 'actions';
  if (k.has('actions') && (k.has('intents') || k.has('variables'))) return 'actions';
  if (k.has('logs') && (w.logLike || k.has('pagination'))) return 'logs';
  if (k.has('intents') || k.has('dialog_nodes')) return 'dialog';
  if ((k.has('entities') || k.has('counterexamples')) && (k.has('language') || k.has('workspace_id') || k.has('name'))) return 'dialog';
  return null;
}
