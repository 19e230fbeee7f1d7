// The container contexts of a Watson JSON document: each container gets a context code from (parent code,
// key), which says what its strings are (see jsonWalker.ts). Element records (intents, actions, variables...)
// are created here as their objects open.
import type { Role } from '../types';
import type { ActionRec, EntityRec, IntentRec, LogRec, NodeRec, OwnerRec, StepRec, ValueRec, VarRec } from './jsonRecords';

export const enum K {
  Other, Doc, Root, Workspace, Intents, Intent, Examples, Example, Cexs, Cex, Entities, Entity, Values, Value,
  Synonyms, Patterns, Nodes, Node, Output, LegacyText, LegacyValues, Generic, GItem, GValues, GValue, TExpr, Concat,
  CItem, Context, Actions, Action, Condition, Steps, Step, Variables, Variable, InitialValue, Privacy, Logs, Log,
  LogRequest, LogInput, LogResponse,
}

export class Ctx {
  /** The document's top-level container (it has no key in `path`). */
  top = false;
  /** Shared context for elements/children that need no state of their own (examples, values[], context...). */
  memo: Ctx | null = null;
  constructor(
    readonly k: K,
    readonly owner: OwnerRec | null,
    /** Role of response texts below this context (dialog response, step text, log output). */
    readonly resp: Role = 'dialog-response',
    /** True inside an actions `workspace` object. */
    readonly ws = false,
  ) {}
}

export const OTHER = new Ctx(K.Other, null);

/** What `counts` reports, counted in a small array (a keyed object update per example was measurable). */
export const enum C { Intents, Examples, Counterexamples, Entities, Values, DialogNodes, Actions, Steps, ActionVariables, Variables, Logs, Synonyms, Patterns }
export const COUNT_NAMES = ['intents', 'examples', 'counterexamples', 'entities', 'values', 'dialogNodes', 'actions', 'steps', 'actionVariables', 'variables', 'logs', 'synonyms', 'patterns'];

/** What opening a container records: element records, counts and the document's top-level shape. */
export interface ContextRecords {
  readonly intents: IntentRec[];
  readonly actions: ActionRec[];
  readonly variables: VarRec[];
  rootIsArray: boolean;
  count(c: C): void;
}

/** The context of a container opening at `offset` with `key` in a container of context `parent`. */
export function childContext(w: ContextRecords, parent: Ctx, key: string | number, isArray: boolean, offset: number): Ctx {
  const k = parent.k;
  const index = typeof key === 'number' ? key : 0;
  if (k === K.Doc) {
    w.rootIsArray = isArray;
    const top = isArray ? new Ctx(K.Logs, null, 'log-output') : new Ctx(K.Root, { t: 'skill' });
    top.top = true;
    return top;
  }
  if (k === K.Other) return OTHER;
  if (isArray) {
    switch (k) {
      case K.Root:
      case K.Workspace: {
        const ws = k === K.Workspace;
        if (key === 'intents') return new Ctx(K.Intents, null, 'dialog-response', ws);
        if (key === 'entities') return new Ctx(K.Entities, null);
        if (key === 'counterexamples') return new Ctx(K.Cexs, null);
        if (key === 'actions') return new Ctx(K.Actions, null);
        if (key === 'variables') return new Ctx(K.Variables, null);
        if (!ws && key === 'dialog_nodes') return new Ctx(K.Nodes, null);
        if (!ws && key === 'logs') return new Ctx(K.Logs, null, 'log-output');
        return OTHER;
      }
      case K.Intent:
        return key === 'examples' ? new Ctx(K.Examples, parent.owner, 'dialog-response', parent.ws) : OTHER;
      case K.Entity:
        return key === 'values' ? new Ctx(K.Values, parent.owner) : OTHER;
      case K.Value:
        return key === 'synonyms' ? new Ctx(K.Synonyms, parent.owner) : key === 'patterns' ? new Ctx(K.Patterns, parent.owner) : OTHER;
      case K.Output:
        if (key === 'generic') return new Ctx(K.Generic, parent.owner, parent.resp);
        return key === 'text' ? new Ctx(K.LegacyValues, parent.owner, parent.resp) : OTHER;
      case K.LegacyText:
        return key === 'values' ? new Ctx(K.LegacyValues, parent.owner, parent.resp) : OTHER;
      case K.GItem:
        return key === 'values' ? new Ctx(K.GValues, parent.owner, parent.resp) : OTHER;
      case K.TExpr:
        return key === 'concat' ? new Ctx(K.Concat, parent.owner, parent.resp) : OTHER;
      case K.Context:
        return (parent.memo ??= new Ctx(K.Context, parent.owner, parent.resp));
      case K.Action:
        if (key === 'steps') return new Ctx(K.Steps, parent.owner);
        return key === 'variables' ? new Ctx(K.Variables, parent.owner) : OTHER;
      case K.InitialValue:
        return (parent.memo ??= new Ctx(K.InitialValue, parent.owner));
      default:
        return OTHER;
    }
  }
  switch (k) {
    case K.Root:
      if (key === 'workspace') return new Ctx(K.Workspace, parent.owner, 'dialog-response', true);
      return OTHER;
    case K.Intents: {
      w.count(C.Intents);
      const rec: IntentRec = { t: 'intent', name: '', index };
      w.intents.push(rec);
      return new Ctx(K.Intent, rec, 'dialog-response', parent.ws);
    }
    case K.Examples:
      w.count(C.Examples);
      return (parent.memo ??= new Ctx(K.Example, parent.owner, 'dialog-response', parent.ws));
    case K.Cexs:
      w.count(C.Counterexamples);
      return (parent.memo ??= new Ctx(K.Cex, null));
    case K.Entities:
      w.count(C.Entities);
      return new Ctx(K.Entity, { t: 'entity', name: '', index } satisfies EntityRec);
    case K.Values:
      w.count(C.Values);
      return new Ctx(K.Value, { t: 'value', entity: parent.owner as EntityRec, index } satisfies ValueRec);
    case K.Nodes:
      w.count(C.DialogNodes);
      return new Ctx(K.Node, { t: 'node', id: '', title: '', index } satisfies NodeRec);
    case K.Node:
      if (key === 'output') return new Ctx(K.Output, parent.owner, 'dialog-response');
      if (key === 'context') return new Ctx(K.Context, parent.owner, 'context-value');
      return OTHER;
    case K.Output:
      return key === 'text' ? new Ctx(K.LegacyText, parent.owner, parent.resp) : OTHER;
    case K.Generic:
      return (parent.memo ??= new Ctx(K.GItem, parent.owner, parent.resp));
    case K.GValues:
      return (parent.memo ??= new Ctx(K.GValue, parent.owner, parent.resp));
    case K.GValue:
      return key === 'text_expression' ? new Ctx(K.TExpr, parent.owner, parent.resp) : OTHER;
    case K.Concat:
      return (parent.memo ??= new Ctx(K.CItem, parent.owner, parent.resp));
    case K.Context:
      return (parent.memo ??= new Ctx(K.Context, parent.owner, parent.resp));
    case K.Actions: {
      w.count(C.Actions);
      const a: ActionRec = { t: 'action', id: '', title: '', intent: '', index };
      w.actions.push(a);
      return new Ctx(K.Action, a);
    }
    case K.Action:
      return key === 'condition' ? new Ctx(K.Condition, parent.owner) : OTHER;
    case K.Steps:
      w.count(C.Steps);
      return new Ctx(K.Step, { t: 'step', action: parent.owner as ActionRec, index } satisfies StepRec);
    case K.Step:
      return key === 'output' ? new Ctx(K.Output, parent.owner, 'step-text') : OTHER;
    case K.Variables: {
      const action = (parent.owner as ActionRec | null) ?? null;
      w.count(action ? C.ActionVariables : C.Variables);
      const v: VarRec = { t: 'var', action, index, id: '', title: '', dataType: '', objStart: offset };
      w.variables.push(v);
      return new Ctx(K.Variable, v);
    }
    case K.Variable:
      if (key === 'initial_value') return new Ctx(K.InitialValue, parent.owner);
      if (key === 'privacy') {
        (parent.owner as VarRec).privacy = { objStart: offset };
        return new Ctx(K.Privacy, parent.owner);
      }
      return OTHER;
    case K.InitialValue:
      return (parent.memo ??= new Ctx(K.InitialValue, parent.owner));
    case K.Logs: {
      w.count(C.Logs);
      return new Ctx(K.Log, { t: 'log', index } satisfies LogRec, 'log-output');
    }
    case K.Log:
      if (key === 'request') return new Ctx(K.LogRequest, parent.owner, 'log-output');
      return key === 'response' ? new Ctx(K.LogResponse, parent.owner, 'log-output') : OTHER;
    case K.LogRequest:
      return key === 'input' ? new Ctx(K.LogInput, parent.owner) : OTHER;
    case K.LogResponse:
      return key === 'output' ? new Ctx(K.Output, parent.owner, 'log-output') : OTHER;
    default:
      return OTHER;
  }
}
