// JS/TS/JSX/TSX front end: finds calls of the assistant's message API (ibm-watson SDK clients, fetch, axios
// and friends posting to a Watson /message URL) and web chat embeds, and works out the headers/options they
// send as far as constant propagation in this file allows.
import type { RawEdit } from '../../types';
import { insertEntry, quoteNear, type BracketList } from '../insert';
import { emptyHeaders, mergeHeaders, type HeaderSet, type MessageCall, type SourceAnalysis, type Span, type Val, type WebChatEmbed } from '../model';
import { isWatsonMessageUrl, SDK_PARAM_KEYS_JS, mentionsUserId } from '../patterns';
import { chainText, nameOf, parseProgram, unwrap, type Dialect, type Node } from './ast';
import { Scope } from './scope';
import { Values } from './values';

const SDK_METHODS = new Set(['message', 'messageStateless']);
const SDK_CLIENT = /^AssistantV[12]$/;
const ASSISTANT_NAME = /assist|watson|conversation/i;
const HTTP_CLIENTS = new Set(['got', 'ky', 'superagent', 'needle', 'request', 'ofetch', '$fetch']);

interface Ctx {
  code: string;
  base: number;
  scope: Scope;
  values: Values;
  /** `this.x = ...` and class fields, by `this.x`. */
  memberInits: Map<string, Node>;
  /** `x.setDefaultHeaders(obj)` arguments, by the receiver's text. */
  defaultHeaders: Map<string, Node[]>;
}

function span(ctx: Ctx, n: { start: number; end: number }): Span {
  return { start: ctx.base + n.start, end: ctx.base + n.end };
}

function shift(ctx: Ctx, e: RawEdit): RawEdit[] {
  return [{ ...e, offset: e.offset + ctx.base }];
}

function objectList(obj: Node): BracketList {
  return { open: obj.start, close: obj.end - 1, entries: (obj.properties as Node[]).map((p) => ({ start: p.start, end: p.end })) };
}

/** Inserts a header into `config.headers` (or adds `headers: {...}` to the config literal); undefined when not a literal. */
function headerInserter(ctx: Ctx, config: Node | undefined, appendAfter: Node | undefined, quote: string) {
  return (name: string, value: string): RawEdit[] => {
    const pair = `${quote}${name}${quote}: ${quote}${value}${quote}`;
    if (!config) return appendAfter ? shift(ctx, { offset: appendAfter.end, length: 0, newText: `, { headers: { ${pair} } }` }) : [];
    const literal = ctx.values.literalObject(config);
    if (!literal) return [];
    const prop = Values.ownProperty(literal, 'headers');
    if (!prop) return shift(ctx, insertEntry(ctx.code, objectList(literal), `headers: { ${pair} }`));
    const headers = ctx.values.literalObject(prop.value as Node);
    return headers ? shift(ctx, insertEntry(ctx.code, objectList(headers), pair)) : [];
  };
}

/** Adds a config object's `headers` entry to a header set (the whole set is open when the config is not readable). */
function mergeConfigHeaders(into: HeaderSet, config: Val): void {
  if (config.t !== 'obj') {
    into.open = true;
    return;
  }
  let headers: Val | undefined;
  for (const e of config.entries) if (e.key === 'headers') headers = e.value();
  if (headers) mergeHeaders(into, headers);
  else if (config.open) into.open = true;
}

function entryOf(v: Val, key: string): Val | undefined {
  if (v.t !== 'obj') return undefined;
  let found: Val | undefined;
  for (const e of v.entries) if (e.key === key) found = e.value();
  return found;
}

/** `AssistantV2` for `new AssistantV2(...)` and `new watson.AssistantV2(...)`. */
function constructorName(n: Node): string | undefined {
  const c = unwrap(n.callee as Node);
  if (!c) return undefined;
  return c.type === 'Identifier' ? (c.name as string) : !c.computed ? nameOf(c.property as Node) : undefined;
}

/** The `new AssistantV2(...)` a receiver was created with in this file, and whether it came from another module. */
function clientOrigin(ctx: Ctx, receiver: Node | null): { ctor?: Node; imported: boolean } {
  const r = unwrap(receiver);
  if (!r) return { imported: false };
  let init: Node | null = null;
  if (r.type === 'Identifier') {
    const b = ctx.scope.lookup(r.name as string, r.start);
    if (!b) return { imported: false };
    if (b.importedFrom) return { imported: true };
    init = ctx.scope.valueOf(b);
  } else {
    const text = chainText(r);
    if (text?.startsWith('this.')) init = ctx.memberInits.get(text) ?? null;
  }
  const n = unwrap(init);
  if (n?.type === 'NewExpression' && SDK_CLIENT.test(constructorName(n) ?? '')) return { ctor: n, imported: false };
  return { imported: false };
}

function sdkCall(ctx: Ctx, call: Node, callee: Node, method: string): MessageCall | null {
  const receiver = unwrap(callee.object as Node);
  const args = call.arguments as Node[];
  const params = args[0];
  const paramsVal = params ? ctx.values.resolve(params) : ({ t: 'obj', entries: [], open: false } as Val);
  const origin = clientOrigin(ctx, receiver);
  const receiverText = chainText(receiver) ?? '';
  const sdkShaped = paramsVal.t === 'obj' && paramsVal.entries.some((e) => SDK_PARAM_KEYS_JS.has(e.key));
  if (!origin.ctor && !sdkShaped && !ASSISTANT_NAME.test(receiverText)) return null;
  const headers = emptyHeaders();
  if (origin.ctor) {
    const options = (origin.ctor.arguments as Node[])[0];
    if (options) {
      const h = entryOf(ctx.values.resolve(options), 'headers');
      if (h) mergeHeaders(headers, h);
    }
  }
  for (const arg of ctx.defaultHeaders.get(receiverText) ?? []) mergeHeaders(headers, ctx.values.resolve(arg));
  mergeConfigHeaders(headers, paramsVal);
  const ctorName = origin.ctor ? constructorName(origin.ctor) : undefined;
  return {
    span: span(ctx, callee),
    label: `${ctorName ?? (receiverText || 'client')}.${method}`,
    headers,
    clientDefaultsUnknown: !origin.ctor,
    addHeader: headerInserter(ctx, params, undefined, quoteNear(ctx.code, call.start, call.end)),
  };
}

/** `axios.create({ baseURL, headers })` behind an instance, if that is what the receiver is. */
function axiosInstance(ctx: Ctx, receiver: Node | null): Node | null | undefined {
  const r = unwrap(receiver);
  if (!r || r.type !== 'Identifier') return undefined;
  const b = ctx.scope.lookup(r.name as string, r.start);
  if (r.name === 'axios' || b?.importedFrom === 'axios') return null;
  const init = unwrap(b ? ctx.scope.valueOf(b) : null);
  if (init?.type === 'CallExpression') {
    const c = unwrap(init.callee as Node);
    if (c?.type === 'MemberExpression' && nameOf(c.property as Node) === 'create' && nameOf(c.object as Node) === 'axios') return (init.arguments as Node[])[0] ?? null;
  }
  return undefined;
}

function httpCall(ctx: Ctx, call: Node, callee: Node): MessageCall | null {
  const args = call.arguments as Node[];
  let urlNode: Node | undefined;
  let config: Node | undefined;
  let appendAfter: Node | undefined;
  let base: Node | null | undefined;
  let label = '';
  const calleeName = callee.type === 'Identifier' ? (callee.name as string) : !callee.computed ? nameOf(callee.property as Node) : undefined;
  const receiver = callee.type === 'Identifier' ? null : unwrap(callee.object as Node);
  if (calleeName === 'fetch' && (!receiver || ['window', 'globalThis', 'self'].includes(nameOf(receiver) ?? ''))) {
    [urlNode, config] = args;
    appendAfter = args[0];
    label = 'fetch';
  } else {
    const axiosBase = callee.type === 'Identifier' ? (callee.name === 'axios' ? null : axiosInstance(ctx, callee)) : axiosInstance(ctx, receiver);
    if (axiosBase !== undefined) {
      base = axiosBase;
      label = 'axios';
      if (callee.type === 'Identifier' || calleeName === 'request') {
        if (args[0] && unwrap(args[0])?.type !== 'ObjectExpression' && args.length >= 1 && ctx.values.resolve(args[0]).t === 'str') [urlNode, config] = args;
        else config = args[0];
      } else if (calleeName === 'post' || calleeName === 'put' || calleeName === 'patch') {
        [urlNode, , config] = args;
        appendAfter = args[1] ?? args[0];
      } else {
        [urlNode, config] = args;
        appendAfter = args[0];
      }
    } else if (receiver && HTTP_CLIENTS.has(nameOf(receiver) ?? '') && calleeName === 'post') {
      [urlNode, config] = args;
      appendAfter = args[0];
      label = nameOf(receiver)!;
    } else return null;
  }
  const configVal = config ? ctx.values.resolve(config) : undefined;
  let url = urlNode ? ctx.values.resolve(urlNode) : configVal ? (entryOf(configVal, 'url') ?? { t: 'unknown' }) : ({ t: 'unknown' } as Val);
  if (base) {
    const baseURL = entryOf(ctx.values.resolve(base), 'baseURL');
    if (baseURL?.t === 'str' && url.t === 'str') url = { t: 'str', text: baseURL.text + url.text };
  }
  if (url.t !== 'str' || !isWatsonMessageUrl(url.text)) return null;
  const headers = emptyHeaders();
  if (base) mergeConfigHeaders(headers, ctx.values.resolve(base));
  if (configVal) mergeConfigHeaders(headers, configVal);
  return {
    span: span(ctx, callee),
    label: `${label} to /message`,
    headers,
    clientDefaultsUnknown: false,
    addHeader: headerInserter(ctx, config, appendAfter, quoteNear(ctx.code, call.start, call.end)),
  };
}

function webChat(ctx: Ctx, at: Node, options: Node | undefined, userIdSet: boolean): WebChatEmbed {
  const optionsVal: Val = options ? ctx.values.resolve(options) : { t: 'unknown' };
  const literal = options ? ctx.values.literalObject(options) : null;
  const hasIdentityToken = optionsVal.t === 'obj' && optionsVal.entries.some((e) => e.key === 'identityToken');
  return {
    span: span(ctx, at),
    options: optionsVal,
    userIdSet: userIdSet || hasIdentityToken,
    addOption: literal ? (name, value) => shift(ctx, insertEntry(ctx.code, objectList(literal), `${name}: ${value}`)) : undefined,
  };
}

/**
 * Analyses one JS/TS program. `base` is the program's offset in the raw document (inline scripts of an HTML
 * page); `userIdSet` says whether the page/file sets a web chat user id anywhere.
 */
export function analyzeJs(code: string, dialect: Dialect, base = 0, userIdSet = mentionsUserId(code)): SourceAnalysis {
  const program = parseProgram(code, dialect);
  if (!program) return { calls: [], webChats: [], unparsable: { start: base, end: base } };
  const callNodes: Node[] = [];
  const memberInits = new Map<string, Node>();
  const chatOptions: { at: Node; options: Node }[] = [];
  const scope = new Scope(program, (n) => {
    switch (n.type) {
      case 'CallExpression':
      case 'OptionalCallExpression':
        callNodes.push(n);
        break;
      case 'AssignmentExpression': {
        const left = chainText(n.left as Node);
        if (left?.startsWith('this.')) memberInits.set(left, n.right as Node);
        if (left && /(^|\.)watsonAssistantChatOptions$/.test(left)) chatOptions.push({ at: n.left as Node, options: n.right as Node });
        break;
      }
      case 'ClassProperty':
      case 'ClassPrivateProperty': {
        const key = nameOf(n.key as Node);
        if (key && n.value) memberInits.set(`this.${key}`, n.value as Node);
        break;
      }
      case 'VariableDeclarator':
        if (nameOf(n.id as Node) === 'watsonAssistantChatOptions' && n.init) chatOptions.push({ at: n.id as Node, options: n.init as Node });
        break;
    }
  });
  const ctx: Ctx = { code, base, scope, values: new Values(scope, base), memberInits, defaultHeaders: new Map() };
  const webChats: WebChatEmbed[] = chatOptions.map((c) => webChat(ctx, c.at, c.options, userIdSet));
  const calls: MessageCall[] = [];
  const candidates: { call: Node; callee: Node }[] = [];
  for (const call of callNodes) {
    const callee = unwrap(call.callee as Node);
    if (!callee) continue;
    const isMember = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression';
    const method = isMember && !callee.computed ? nameOf(callee.property as Node) : callee.type === 'Identifier' ? (callee.name as string) : undefined;
    if (!method) continue;
    if (isMember && method === 'setDefaultHeaders') {
      const key = chainText(callee.object as Node);
      const arg = (call.arguments as Node[])[0];
      if (key && arg) ctx.defaultHeaders.set(key, [...(ctx.defaultHeaders.get(key) ?? []), arg]);
    } else if (method === 'loadWatsonAssistantChat') {
      webChats.push(webChat(ctx, callee, (call.arguments as Node[])[0], userIdSet));
    } else candidates.push({ call, callee });
  }
  for (const { call, callee } of candidates) {
    const isMember = callee.type !== 'Identifier';
    const method = isMember ? nameOf(callee.property as Node)! : (callee.name as string);
    const found = isMember && SDK_METHODS.has(method) ? sdkCall(ctx, call, callee, method) : httpCall(ctx, call, callee);
    if (found) calls.push(found);
  }
  return { calls, webChats };
}
