// Walks a Watson JSON document (dialog workspace, actions export, or /logs response) and extracts every
// user-visible text with its raw range. One state machine covers all three shapes: each container gets a
// context code from (parent code, key); strings are extracted by (code, key). The kind is decided afterwards
// from the top-level keys seen.
import type { FileKind, ParseProblem, Role } from '../types';
import { C, childContext, COUNT_NAMES, Ctx, K, OTHER, type ContextRecords } from './jsonContexts';
import { parseJson, type JsonHandler } from './jsonParser';
import { decodeJsonString } from './jsonString';
import type { ActionRec, EntityRec, IntentRec, NodeRec, OwnerRec, VarRec } from './jsonRecords';
import { BoundedJsonText, ClosedJsonText, DocNode, type JsonText, PathNode, TextSite, TOP, VARIES } from './lazyText';

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
    this.texts.push(!esc && this.raw.charCodeAt(end) === 0x22 ? new ClosedJsonText(site, start, n) : new BoundedJsonText(site, start, end, n, null));
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

  end(ctx: Ctx): void {
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
