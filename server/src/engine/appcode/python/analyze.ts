// Python front end: ibm_watson AssistantV1/V2 `message` / `message_stateless` calls and requests/httpx posts
// to a Watson /message URL, with their headers followed through assignments in the same file.
import type { RawEdit } from '../../types';
import { insertEntry, quoteNear, type BracketList } from '../insert';
import { emptyHeaders, mergeHeaders, type MessageCall, type SourceAnalysis, type Val } from '../model';
import { isWatsonMessageUrl, SDK_PARAM_KEYS_PY } from '../patterns';
import { PyScope } from './scope';
import { chain, children, parsePython, readArgs, text, walkPy, type Args, type PyNode } from './tree';
import { PyValues } from './values';

const SDK_METHODS = new Set(['message', 'message_stateless']);
const SDK_CLIENT = /(^|\.)AssistantV[12]$/;
const ASSISTANT_NAME = /assist|watson|conversation/i;
const HTTP_MODULES = new Set(['requests', 'httpx']);
const HTTP_METHODS = new Set(['post', 'put', 'patch', 'request']);
const SESSION_FACTORIES = /^(requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|Session|Client|AsyncClient)$/;

interface Ctx {
  code: string;
  scope: PyScope;
  values: PyValues;
  defaultHeaders: Map<string, PyNode[]>;
}

function dictList(dict: PyNode): BracketList {
  const cs = children(dict).filter((c) => c.name !== '{' && c.name !== '}');
  const entries: { start: number; end: number }[] = [];
  let start = -1;
  let end = -1;
  for (const c of cs) {
    if (c.name === ',') {
      if (start >= 0) entries.push({ start, end });
      start = -1;
      continue;
    }
    if (start < 0) start = c.from;
    end = c.to;
  }
  if (start >= 0) entries.push({ start, end });
  return { open: dict.from, close: dict.to - 1, entries };
}

function headerInserter(ctx: Ctx, args: Args, quote: string) {
  return (name: string, value: string): RawEdit[] => {
    const pair = `${quote}${name}${quote}: ${quote}${value}${quote}`;
    const given = args.keywords.get('headers');
    if (!given) return [insertEntry(ctx.code, { open: args.open_, close: args.close, entries: args.spans }, `headers={${pair}}`)];
    const dict = ctx.values.literalDict(given);
    return dict ? [insertEntry(ctx.code, dictList(dict), pair)] : [];
  };
}

function clientOrigin(ctx: Ctx, receiver: PyNode): { ctor?: PyNode; imported: boolean } {
  const name = chain(ctx.code, receiver);
  if (!name) return { imported: false };
  const b = ctx.scope.lookup(name, receiver.from);
  if (!b) return { imported: false };
  if (b.importedFrom) return { imported: true };
  const v = b.value;
  if (v?.name === 'CallExpression') {
    const callee = chain(ctx.code, v.firstChild);
    if (callee && SDK_CLIENT.test(callee)) return { ctor: v, imported: false };
  }
  return { imported: false };
}

function headersFrom(ctx: Ctx, args: Args, base: Val[]): MessageCall['headers'] {
  const headers = emptyHeaders();
  for (const b of base) mergeHeaders(headers, b);
  const given = args.keywords.get('headers');
  if (given) mergeHeaders(headers, ctx.values.resolve(given));
  else if (args.open) headers.open = true;
  return headers;
}

function sdkCall(ctx: Ctx, call: PyNode, receiver: PyNode, method: string, args: Args): MessageCall | null {
  const origin = clientOrigin(ctx, receiver);
  const receiverText = chain(ctx.code, receiver) ?? '';
  const sdkShaped = [...args.keywords.keys()].some((k) => SDK_PARAM_KEYS_PY.has(k));
  if (!origin.ctor && !sdkShaped && !ASSISTANT_NAME.test(receiverText)) return null;
  const defaults = (ctx.defaultHeaders.get(receiverText) ?? []).filter((d) => d.from < call.from).map((d) => ctx.values.resolve(d));
  const ctorName = origin.ctor ? chain(ctx.code, origin.ctor.firstChild)?.split('.').pop() : undefined;
  return {
    span: { start: receiver.from, end: (call.firstChild ?? call).to },
    label: `${ctorName ?? (receiverText || 'client')}.${method}`,
    headers: headersFrom(ctx, args, defaults),
    clientDefaultsUnknown: !origin.ctor,
    addHeader: headerInserter(ctx, args, quoteNear(ctx.code, call.from, call.to)),
  };
}

/** A requests/httpx module, or a Session/Client made from one in this file. */
function httpReceiver(ctx: Ctx, receiver: PyNode): { base: Val[] } | null {
  const name = chain(ctx.code, receiver);
  if (!name) return null;
  if (HTTP_MODULES.has(name)) return { base: [] };
  const b = ctx.scope.lookup(name, receiver.from);
  const v = b?.value;
  if (v?.name !== 'CallExpression') return null;
  const factory = chain(ctx.code, v.firstChild);
  if (!factory || !SESSION_FACTORIES.test(factory)) return null;
  const base: Val[] = [];
  const argList = children(v).find((c) => c.name === 'ArgList');
  const given = argList ? readArgs(ctx.code, argList).keywords.get('headers') : undefined;
  if (given) base.push(ctx.values.resolve(given));
  // `session.headers.update(...)` / `session.headers[k] = v` in this file.
  if (ctx.scope.mutations.has(`${name}.headers`)) base.push(ctx.values.mutatedObject(`${name}.headers`, receiver.from));
  return { base };
}

function httpCall(ctx: Ctx, call: PyNode, receiver: PyNode, method: string, args: Args): MessageCall | null {
  const r = httpReceiver(ctx, receiver);
  if (!r) return null;
  const urlNode = args.keywords.get('url') ?? (method === 'request' ? args.positional[1] : args.positional[0]);
  const url = ctx.values.resolve(urlNode);
  if (url.t !== 'str' || !isWatsonMessageUrl(url.text)) return null;
  const name = chain(ctx.code, receiver)!;
  return {
    span: { start: receiver.from, end: (call.firstChild ?? call).to },
    label: `${name}.${method} to /message`,
    headers: headersFrom(ctx, args, r.base),
    clientDefaultsUnknown: false,
    addHeader: headerInserter(ctx, args, quoteNear(ctx.code, call.from, call.to)),
  };
}

export function analyzePython(code: string): SourceAnalysis {
  const root = parsePython(code);
  const scope = new PyScope(code, root);
  const ctx: Ctx = { code, scope, values: new PyValues(code, scope), defaultHeaders: new Map() };
  const calls: { call: PyNode; receiver: PyNode; method: string; args: Args }[] = [];
  walkPy(root, (n) => {
    if (n.name !== 'CallExpression') return;
    const [callee, argList] = children(n);
    if (callee?.name !== 'MemberExpression' || argList?.name !== 'ArgList') return;
    const cs = children(callee);
    if (cs.length !== 3 || cs[2].name !== 'PropertyName') return;
    const method = text(code, cs[2]);
    const args = readArgs(code, argList);
    if (method === 'set_default_headers') {
      const target = chain(code, cs[0]);
      const arg = args.positional[0] ?? args.keywords.get('headers');
      if (target && arg) ctx.defaultHeaders.set(target, [...(ctx.defaultHeaders.get(target) ?? []), arg]);
      return;
    }
    if (SDK_METHODS.has(method) || HTTP_METHODS.has(method)) calls.push({ call: n, receiver: cs[0], method, args });
  });
  const found: MessageCall[] = [];
  for (const c of calls) {
    const m = SDK_METHODS.has(c.method) ? sdkCall(ctx, c.call, c.receiver, c.method, c.args) : httpCall(ctx, c.call, c.receiver, c.method, c.args);
    if (m) found.push(m);
  }
  return { calls: found, webChats: [] };
}
