// Walks a Watson JSON document (dialog workspace, actions export, or /logs response) and extracts every
// user-visible text with its raw range. One state machine covers all three shapes: each container gets a
// context code from (parent code, key); strings are extracted by (code, key). The kind is decided afterwards
// from the top-level keys seen.
// (The contexts live in this file, not a module of their own: tsx compiles file by file, so a const enum
// imported from another module is read from that module's exports on every use; the walk was ~20% slower.)
import type { ParseProblem, Role } from '../types';
import { parseJson, type JsonHandler } from './jsonParser';
import { decodeJsonString } from './jsonString';
import type { JsonWalk } from './jsonKind';
import type { ActionRec, EntityRec, IntentRec, LogRec, NodeRec, OwnerRec, StepRec, ValueRec, VarRec } from './jsonRecords';
import { BoundedJsonText, DocNode, JsonText, PathNode, TextSite, TOP, VARIES } from './lazyText';

const enum K {
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

/** What opening a container records: element records, counts and the document's top-level shape. */
interface ContextRecords {
  readonly intents: IntentRec[];
  readonly actions: ActionRec[];
  readonly variables: VarRec[];
  rootIsArray: boolean;
  count(c: C): void;
}

/** The context of a container opening at `offset` with `key` in a container of context `parent`. */
function childContext(w: ContextRecords, parent: Ctx, key: string | number, isArray: boolean, offset: number): Ctx {
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

/**
 * The handler parseJson drives. A class rather than closures made for each document: parseJson's optimised
 * code calls these methods, and fresh closures were new call targets that threw that code away (the second
 * parse in a process ran mostly unoptimised).
 */
class Walker implements JsonHandler<Ctx>, ContextRecords {
  readonly texts: JsonText[] = [];
  readonly sites: TextSite[] = [];
  readonly variables: VarRec[] = [];
  readonly actions: ActionRec[] = [];
  readonly intents: IntentRec[] = [];
  readonly walk: JsonWalk;
  rootIsArray = false;
  /** Offset of the closing bracket of the last record that names its texts (see closesRecord), or 0. */
  settledEnd = 0;
  private site: TextSite | null = null;
  private readonly tally: number[] = COUNT_NAMES.map(() => 0);
  private readonly firstCounted: C[] = [];
  // The path to the current container as a persistent chain from `root` (which holds the raw document), so
  // each text can compute its pointer on demand (no per-text array). The current container is `containerKey`
  // in `parent` (TOP for the top-level container, whose node is the root); its own node (`current`) is built
  // only when a child container needs it (undefined until then), so element objects holding only strings
  // (examples) get no node. Ignored containers (OTHER) change none of this: no text is extracted below them.
  private readonly root: DocNode;
  private parent: PathNode;
  private containerKey: string | number = TOP;
  private current: PathNode | undefined;
  private readonly parentStack: PathNode[] = [];
  private readonly keyStack: (string | number)[] = [];
  private readonly currentStack: (PathNode | undefined)[] = [];

  constructor(
    private readonly raw: string,
    private readonly problems: ParseProblem[],
  ) {
    this.root = new DocNode(raw);
    this.parent = this.root;
    this.current = this.root;
    this.walk = {
      texts: this.texts, sites: this.sites, counts: {}, variables: this.variables, actions: this.actions, intents: this.intents,
      rootKeys: new Set<string>(), typeValue: '', rootIsArray: false, logLike: false, falseValues: [], firstNul: -1,
    };
  }

  /** Runs the parse; counts keep the order in which they were first counted. */
  run(): JsonWalk {
    const walk = this.walk;
    walk.firstNul = parseJson(this.raw, new Ctx(K.Doc, null), this, this.problems);
    walk.rootIsArray = this.rootIsArray;
    for (const c of this.firstCounted) walk.counts[COUNT_NAMES[c]] = this.tally[c];
    return walk;
  }

  count(c: C): void {
    if (this.tally[c]++ === 0) this.firstCounted.push(c);
  }

  private decode(start: number, end: number, esc: boolean): string {
    return esc ? decodeJsonString(this.raw, start, end).text : this.raw.slice(start, end);
  }

  /** Adds a text (its readable path is derived from its role, owner and pointer when read). */
  private emit(key: string | number, start: number, end: number, esc: boolean, role: Role, owner: OwnerRec | null): void {
    if (start === end) return;
    // The index that differs between neighbouring texts (array element, or element object) is the text's own.
    const parent = this.parent;
    const containerKey = this.containerKey;
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
    let site = this.site;
    if (site === null || site.parent !== parent || site.role !== role || site.rec !== owner || site.key !== siteKey || site.containerKey !== siteContainer) {
      site = this.site = new TextSite(parent, siteContainer, siteKey, role, owner);
      this.sites.push(site);
    }
    if (esc) {
      const d = decodeJsonString(this.raw, start, end, this.problems);
      // With a single segment the text is exactly the raw slice.
      if (d.segments.length > 1) {
        this.texts.push(new BoundedJsonText(site, start, end, n, d));
        return;
      }
    }
    // Without escapes a closed string ends at the first quote after its start (found when read).
    this.texts.push(!esc && this.raw.charCodeAt(end) === 0x22 ? new JsonText(site, start, n) : new BoundedJsonText(site, start, end, n, null));
  }

  private enter(c: Ctx, key: string | number): void {
    if (c === OTHER) return;
    const node = this.current === undefined ? (this.current = new PathNode(this.parent, this.containerKey)) : this.current;
    this.parentStack.push(this.parent);
    this.keyStack.push(this.containerKey);
    this.currentStack.push(this.current);
    this.parent = node;
    this.containerKey = key;
    this.current = undefined;
  }

  wantsKeys(ctx: Ctx): boolean {
    return ctx.k !== K.Other;
  }

  beginObject(parent: Ctx, key: string | number, offset: number): Ctx {
    const c = childContext(this, parent, key, false, offset);
    if (parent.k !== K.Doc) this.enter(c, key);
    return c;
  }

  beginArray(parent: Ctx, key: string | number, offset: number): Ctx {
    const c = childContext(this, parent, key, true, offset);
    if (parent.k !== K.Doc) this.enter(c, key);
    return c;
  }

  end(ctx: Ctx, offset: number): void {
    if (offset >= 0 && closesRecord(ctx)) this.settledEnd = offset;
    if (!ctx.top && ctx !== OTHER) {
      this.parent = this.parentStack.pop() ?? this.root;
      this.containerKey = this.keyStack.pop() ?? TOP;
      this.current = this.currentStack.pop();
    }
  }

  property(ctx: Ctx, key: string, start: number): void {
    if (ctx.k === K.Root) this.walk.rootKeys.add(key);
    else if (ctx.k === K.Variable) (ctx.owner as VarRec).firstKey ??= start - 1;
    else if (ctx.k === K.Privacy) (ctx.owner as VarRec).privacy!.firstKey ??= start - 1;
    else if (ctx.k === K.Log && (key === 'request' || key === 'response' || key === 'log_id')) this.walk.logLike = true;
  }

  literal(ctx: Ctx, key: string | number, start: number, end: number): void {
    // A valid literal of five characters starting with 'f' is `false`.
    if (end - start === 5 && this.raw.charCodeAt(start) === 0x66) this.walk.falseValues.push(start);
    if (ctx.k === K.Privacy && key === 'enabled') {
      (ctx.owner as VarRec).privacy!.enabled = { start, end, value: this.raw.slice(start, end) };
    } else if (ctx.k === K.Variable && key === 'privacy') {
      (ctx.owner as VarRec).privacy = { value: { start, end } };
    }
  }

  string(ctx: Ctx, key: string | number, start: number, end: number, esc: boolean): void {
    const o = ctx.owner;
    switch (ctx.k) {
      case K.Root:
      case K.Workspace:
        if (key === 'name') this.emit(key, start, end, esc, 'skill-name', null);
        else if (key === 'description') this.emit(key, start, end, esc, 'skill-description', null);
        else if (key === 'type' && ctx.k === K.Root) this.walk.typeValue = this.decode(start, end, esc);
        return;
      case K.Intent:
        if (key === 'intent') {
          (o as IntentRec).name = this.decode(start, end, esc);
          this.emit(key, start, end, esc, 'intent-name', o);
        } else if (key === 'description') this.emit(key, start, end, esc, 'intent-description', o);
        return;
      case K.Example:
        if (key === 'text') this.emit(key, start, end, esc, ctx.ws ? 'action-phrase' : 'intent-example', o);
        return;
      case K.Cex:
        if (key === 'text') this.emit(key, start, end, esc, 'counterexample', null);
        return;
      case K.Entity:
        if (key === 'entity') {
          (o as EntityRec).name = this.decode(start, end, esc);
          this.emit(key, start, end, esc, 'entity-name', o);
        }
        return;
      case K.Value:
        if (key === 'value') this.emit(key, start, end, esc, 'entity-value', o);
        return;
      case K.Synonyms:
        this.count(C.Synonyms);
        this.emit(key, start, end, esc, 'synonym', o);
        return;
      case K.Patterns:
        this.count(C.Patterns);
        this.emit(key, start, end, esc, 'pattern', o);
        return;
      case K.Node:
        if (key === 'title') {
          this.emit(key, start, end, esc, 'dialog-title', o);
          (o as NodeRec).title = this.decode(start, end, esc);
        }
        else if (key === 'dialog_node') (o as NodeRec).id = this.decode(start, end, esc);
        return;
      case K.Output:
      case K.GItem:
      case K.GValue:
        if (key === 'text') this.emit(key, start, end, esc, ctx.resp, o);
        return;
      case K.LegacyValues:
        this.emit(key, start, end, esc, ctx.resp, o);
        return;
      case K.CItem:
        if (key === 'scalar') this.emit(key, start, end, esc, ctx.resp, o);
        return;
      case K.Context:
        this.emit(key, start, end, esc, 'context-value', o);
        return;
      case K.Action:
        if (key === 'title') {
          this.emit(key, start, end, esc, 'action-title', o);
          (o as ActionRec).title = this.decode(start, end, esc);
        }
        else if (key === 'action') (o as ActionRec).id = this.decode(start, end, esc);
        return;
      case K.Condition:
        if (key === 'intent') (o as ActionRec).intent = this.decode(start, end, esc);
        return;
      case K.Variable: {
        const v = o as VarRec;
        if (key === 'variable') {
          v.id = this.decode(start, end, esc);
          v.idRange = { start, end };
        } else if (key === 'title') {
          this.emit(key, start, end, esc, 'variable-title', o);
          v.title = this.decode(start, end, esc);
          v.titleRange = { start, end };
        } else if (key === 'description') this.emit(key, start, end, esc, 'variable-description', o);
        else if (key === 'data_type') v.dataType = this.decode(start, end, esc);
        else if (key === 'privacy') v.privacy = { value: { start: start - 1, end: end + 1 } };
        return;
      }
      case K.InitialValue:
        this.emit(key, start, end, esc, 'variable-value', o);
        return;
      case K.Privacy:
        if (key === 'enabled') (o as VarRec).privacy!.enabled = { start: start - 1, end: end + 1, value: this.raw.slice(start - 1, end + 1) };
        return;
      case K.LogInput:
        if (key === 'text') this.emit(key, start, end, esc, 'log-input', o);
        return;
      default:
        return;
    }
  }
}

export function walkJson(raw: string, problems: ParseProblem[]): JsonWalk {
  return new Walker(raw, problems).run();
}

/**
 * Whether closing this container completes the records its texts are described by: a top-level record
 * (intent, entity, dialog node, action, log, skill variable) or a counterexample. A text's path and message
 * read its record's names, which may come after the text in the record; once the record is closed, nothing
 * later in the document changes them (only the kind can, see parseJsonPrefix).
 */
function closesRecord(ctx: Ctx): boolean {
  const k = ctx.k;
  return (
    k === K.Intent || k === K.Entity || k === K.Node || k === K.Action || k === K.Log || k === K.Cex ||
    (k === K.Variable && (ctx.owner as VarRec).action === null)
  );
}

/** Walks the start of a document (`raw` is that start); `settledEnd`: texts ending before it are final. */
export function walkJsonStart(raw: string, problems: ParseProblem[]): { walk: JsonWalk; settledEnd: number } {
  const w = new Walker(raw, problems);
  const walk = w.run();
  return { walk, settledEnd: w.settledEnd };
}
