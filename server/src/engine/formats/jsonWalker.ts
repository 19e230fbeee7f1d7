// Walks a Watson JSON document (dialog workspace, actions export, or /logs response) and extracts every
// user-visible text with its raw range. One state machine covers all three shapes: each container gets a
// context code from (parent code, key); strings are extracted by (code, key). The kind is decided afterwards
// from the top-level keys seen.
import type { FileKind, ParseProblem, Role } from '../types';
import { parseJson, type JsonHandler } from './jsonParser';
import { decodeJsonString } from './jsonString';
import type { ActionRec, EntityRec, IntentRec, LogRec, NodeRec, OwnerRec, StepRec, ValueRec, VarRec } from './jsonRecords';
import { BoundedJsonText, ClosedJsonText, DocNode, type JsonText, PathNode, TextSite, TOP, VARIES } from './lazyText';

export const enum K {
  Other, Doc, Root, Workspace, Intents, Intent, Examples, Example, Cexs, Cex, Entities, Entity, Values, Value,
  Synonyms, Patterns, Nodes, Node, Output, LegacyText, LegacyValues, Generic, GItem, GValues, GValue, TExpr, Concat,
  CItem, Context, Actions, Action, Condition, Steps, Step, Variables, Variable, InitialValue, Privacy, Logs, Log,
  LogRequest, LogInput, LogResponse,
}

class Ctx {
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

const OTHER = new Ctx(K.Other, null);

/** What `counts` reports, counted in a small array (a keyed object update per example was measurable). */
const enum C { Intents, Examples, Counterexamples, Entities, Values, DialogNodes, Actions, Steps, ActionVariables, Variables, Logs, Synonyms, Patterns }
const COUNT_NAMES = ['intents', 'examples', 'counterexamples', 'entities', 'values', 'dialogNodes', 'actions', 'steps', 'actionVariables', 'variables', 'logs', 'synonyms', 'patterns'];

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

export function walkJson(raw: string, problems: ParseProblem[]): JsonWalk {
  const texts: JsonText[] = [];
  const sites: TextSite[] = [];
  let site: TextSite | null = null;
  const tally: number[] = COUNT_NAMES.map(() => 0);
  const firstCounted: C[] = [];
  const variables: VarRec[] = [];
  const actions: ActionRec[] = [];
  const intents: IntentRec[] = [];
  const rootKeys = new Set<string>();
  // The path to the current container as a persistent chain from `root` (which holds the raw document), so
  // each text can compute its pointer on demand (no per-text array). The current container is `containerKey`
  // in `parent` (TOP for the top-level container, whose node is the root); its own node (`current`) is built
  // only when a child container needs it (undefined until then), so element objects holding only strings
  // (examples) get no node. Ignored containers (OTHER) change none of this: no text is extracted below them.
  const root = new DocNode(raw);
  let parent: PathNode = root;
  let containerKey: string | number = TOP;
  let current: PathNode | undefined = root;
  const parentStack: PathNode[] = [];
  const keyStack: (string | number)[] = [];
  const currentStack: (PathNode | undefined)[] = [];
  const walk: JsonWalk = { texts, sites, counts: {}, variables, actions, intents, rootKeys, typeValue: '', rootIsArray: false, logLike: false, falseValues: [], firstNul: -1 };
  const count = (c: C) => {
    if (tally[c]++ === 0) firstCounted.push(c);
  };

  const decode = (start: number, end: number, esc: boolean): string => (esc ? decodeJsonString(raw, start, end).text : raw.slice(start, end));

  /** Adds a text (its readable path is derived from its role, owner and pointer when read). */
  const emit = (key: string | number, start: number, end: number, esc: boolean, role: Role, owner: OwnerRec | null): void => {
    if (start === end) return;
    // The index that differs between neighbouring texts (array element, or element object) is the text's own.
    let n = -1;
    let siteKey = key;
    let siteContainer = containerKey;
    if (typeof key === 'number') {
      n = key;
      siteKey = VARIES;
    } else if (typeof containerKey === 'number' && containerKey !== TOP) {
      n = containerKey;
      siteContainer = VARIES;
    }
    if (site === null || site.parent !== parent || site.role !== role || site.rec !== owner || site.key !== siteKey || site.containerKey !== siteContainer) {
      site = new TextSite(parent, siteContainer, siteKey, role, owner);
      sites.push(site);
    }
    if (esc) {
      const d = decodeJsonString(raw, start, end, problems);
      // With a single segment the text is exactly the raw slice.
      if (d.segments.length > 1) {
        texts.push(new BoundedJsonText(site, start, end, n, d));
        return;
      }
    }
    // Without escapes a closed string ends at the first quote after its start (found when read).
    texts.push(!esc && raw.charCodeAt(end) === 0x22 ? new ClosedJsonText(site, start, n) : new BoundedJsonText(site, start, end, n, null));
  };

  const child = (parent: Ctx, key: string | number, isArray: boolean, offset: number): Ctx => {
    const k = parent.k;
    const index = typeof key === 'number' ? key : 0;
    if (k === K.Doc) {
      walk.rootIsArray = isArray;
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
        count(C.Intents);
        const rec: IntentRec = { t: 'intent', name: '', index };
        intents.push(rec);
        return new Ctx(K.Intent, rec, 'dialog-response', parent.ws);
      }
      case K.Examples:
        count(C.Examples);
        return (parent.memo ??= new Ctx(K.Example, parent.owner, 'dialog-response', parent.ws));
      case K.Cexs:
        count(C.Counterexamples);
        return (parent.memo ??= new Ctx(K.Cex, null));
      case K.Entities:
        count(C.Entities);
        return new Ctx(K.Entity, { t: 'entity', name: '', index } satisfies EntityRec);
      case K.Values:
        count(C.Values);
        return new Ctx(K.Value, { t: 'value', entity: parent.owner as EntityRec, index } satisfies ValueRec);
      case K.Nodes:
        count(C.DialogNodes);
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
        count(C.Actions);
        const a: ActionRec = { t: 'action', id: '', title: '', intent: '', index };
        actions.push(a);
        return new Ctx(K.Action, a);
      }
      case K.Action:
        return key === 'condition' ? new Ctx(K.Condition, parent.owner) : OTHER;
      case K.Steps:
        count(C.Steps);
        return new Ctx(K.Step, { t: 'step', action: parent.owner as ActionRec, index } satisfies StepRec);
      case K.Step:
        return key === 'output' ? new Ctx(K.Output, parent.owner, 'step-text') : OTHER;
      case K.Variables: {
        const action = (parent.owner as ActionRec | null) ?? null;
        count(action ? C.ActionVariables : C.Variables);
        const v: VarRec = { t: 'var', action, index, id: '', title: '', dataType: '', objStart: offset };
        variables.push(v);
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
        count(C.Logs);
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
  };

  const enter = (c: Ctx, key: string | number) => {
    if (c === OTHER) return;
    const node = current === undefined ? (current = new PathNode(parent, containerKey)) : current;
    parentStack.push(parent);
    keyStack.push(containerKey);
    currentStack.push(current);
    parent = node;
    containerKey = key;
    current = undefined;
  };

  const handler: JsonHandler<Ctx> = {
    wantsKeys: (ctx) => ctx.k !== K.Other,
    beginObject(parent, key, offset) {
      const c = child(parent, key, false, offset);
      if (parent.k !== K.Doc) enter(c, key);
      return c;
    },
    beginArray(parent, key, offset) {
      const c = child(parent, key, true, offset);
      if (parent.k !== K.Doc) enter(c, key);
      return c;
    },
    end(ctx) {
      if (!ctx.top && ctx !== OTHER) {
        parent = parentStack.pop() ?? root;
        containerKey = keyStack.pop() ?? TOP;
        current = currentStack.pop();
      }
    },
    property(ctx, key, start) {
      if (ctx.k === K.Root) rootKeys.add(key);
      else if (ctx.k === K.Variable) (ctx.owner as VarRec).firstKey ??= start - 1;
      else if (ctx.k === K.Privacy) (ctx.owner as VarRec).privacy!.firstKey ??= start - 1;
      else if (ctx.k === K.Log && (key === 'request' || key === 'response' || key === 'log_id')) walk.logLike = true;
    },
    literal(ctx, key, start, end) {
      // A valid literal of five characters starting with 'f' is `false`.
      if (end - start === 5 && raw.charCodeAt(start) === 0x66) walk.falseValues.push(start);
      if (ctx.k === K.Privacy && key === 'enabled') {
        (ctx.owner as VarRec).privacy!.enabled = { start, end, value: raw.slice(start, end) };
      } else if (ctx.k === K.Variable && key === 'privacy') {
        (ctx.owner as VarRec).privacy = { value: { start, end } };
      }
    },
    string(ctx, key, start, end, esc) {
      const o = ctx.owner;
      switch (ctx.k) {
        case K.Root:
        case K.Workspace:
          if (key === 'name') emit(key, start, end, esc, 'skill-name', null);
          else if (key === 'description') emit(key, start, end, esc, 'skill-description', null);
          else if (key === 'type' && ctx.k === K.Root) walk.typeValue = decode(start, end, esc);
          return;
        case K.Intent:
          if (key === 'intent') {
            (o as IntentRec).name = decode(start, end, esc);
            emit(key, start, end, esc, 'intent-name', o);
          } else if (key === 'description') emit(key, start, end, esc, 'intent-description', o);
          return;
        case K.Example:
          if (key === 'text') emit(key, start, end, esc, ctx.ws ? 'action-phrase' : 'intent-example', o);
          return;
        case K.Cex:
          if (key === 'text') emit(key, start, end, esc, 'counterexample', null);
          return;
        case K.Entity:
          if (key === 'entity') {
            (o as EntityRec).name = decode(start, end, esc);
            emit(key, start, end, esc, 'entity-name', o);
          }
          return;
        case K.Value:
          if (key === 'value') emit(key, start, end, esc, 'entity-value', o);
          return;
        case K.Synonyms:
          count(C.Synonyms);
          emit(key, start, end, esc, 'synonym', o);
          return;
        case K.Patterns:
          count(C.Patterns);
          emit(key, start, end, esc, 'pattern', o);
          return;
        case K.Node:
          if (key === 'title') {
            emit(key, start, end, esc, 'dialog-title', o);
            (o as NodeRec).title = decode(start, end, esc);
          }
          else if (key === 'dialog_node') (o as NodeRec).id = decode(start, end, esc);
          return;
        case K.Output:
        case K.GItem:
        case K.GValue:
          if (key === 'text') emit(key, start, end, esc, ctx.resp, o);
          return;
        case K.LegacyValues:
          emit(key, start, end, esc, ctx.resp, o);
          return;
        case K.CItem:
          if (key === 'scalar') emit(key, start, end, esc, ctx.resp, o);
          return;
        case K.Context:
          emit(key, start, end, esc, 'context-value', o);
          return;
        case K.Action:
          if (key === 'title') {
            emit(key, start, end, esc, 'action-title', o);
            (o as ActionRec).title = decode(start, end, esc);
          }
          else if (key === 'action') (o as ActionRec).id = decode(start, end, esc);
          return;
        case K.Condition:
          if (key === 'intent') (o as ActionRec).intent = decode(start, end, esc);
          return;
        case K.Variable: {
          const v = o as VarRec;
          if (key === 'variable') {
            v.id = decode(start, end, esc);
            v.idRange = { start, end };
          } else if (key === 'title') {
            emit(key, start, end, esc, 'variable-title', o);
            v.title = decode(start, end, esc);
            v.titleRange = { start, end };
          } else if (key === 'description') emit(key, start, end, esc, 'variable-description', o);
          else if (key === 'data_type') v.dataType = decode(start, end, esc);
          else if (key === 'privacy') v.privacy = { value: { start: start - 1, end: end + 1 } };
          return;
        }
        case K.InitialValue:
          emit(key, start, end, esc, 'variable-value', o);
          return;
        case K.Privacy:
          if (key === 'enabled') (o as VarRec).privacy!.enabled = { start: start - 1, end: end + 1, value: raw.slice(start - 1, end + 1) };
          return;
        case K.LogInput:
          if (key === 'text') emit(key, start, end, esc, 'log-input', o);
          return;
        default:
          return;
      }
    },
  };

  walk.firstNul = parseJson(raw, new Ctx(K.Doc, null), handler, problems);
  // Keys in the order they were first counted, as before.
  for (const c of firstCounted) walk.counts[COUNT_NAMES[c]] = tally[c];
  return walk;
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
