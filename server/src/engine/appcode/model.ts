// Language-neutral model of what the application-code checks look at: values the front ends could work out
// statically (strings with dynamic holes, header objects), calls of the assistant's message API, and web chat
// embeds. Every offset is a raw-document UTF-16 offset.
import type { RawEdit } from '../types';

/** Stands for a part of a string computed at run time (a template hole, a variable we could not follow). */
export const DYNAMIC = '\u0001';

export interface Span {
  start: number;
  end: number;
}

export type Val =
  | { t: 'str'; text: string; span?: Span }
  | { t: 'bool'; value: boolean; span?: Span }
  | { t: 'obj'; entries: Entry[]; open: boolean }
  | { t: 'unknown' };

/** One key of an object/dict/header list; the value is resolved on demand. */
export interface Entry {
  key: string;
  value: () => Val;
  span: Span;
}

export const UNKNOWN: Val = { t: 'unknown' };

/** A change made to an object after it was created: one key set, or (`merge`) every entry of another object. */
export interface ObjectMutation<N> {
  /** Undefined (without `merge`) for a key we cannot read: the object becomes open. */
  key?: string;
  value?: N;
  keySpan?: Span;
  merge?: N;
}

/**
 * The object `base` after `mutations`, in order; a base that is not an object becomes an open object. Both front
 * ends record mutations in their own syntax nodes and resolve them with their own evaluator.
 */
export function withMutations<N>(
  base: Val,
  mutations: readonly ObjectMutation<N>[],
  resolve: (node: N) => Val,
  entry: (key: string, m: ObjectMutation<N>) => Entry,
): Val {
  const entries: Entry[] = base.t === 'obj' ? [...base.entries] : [];
  let open = base.t === 'obj' ? base.open : true;
  for (const m of mutations) {
    if (m.merge !== undefined) {
      const src = resolve(m.merge);
      if (src.t === 'obj') {
        entries.push(...src.entries);
        open ||= src.open;
      } else open = true;
    } else if (m.key === undefined) open = true;
    else entries.push(entry(m.key, m));
  }
  return { t: 'obj', entries, open };
}

/** Headers a call sends, as far as we could follow them. `open`: some headers may come from places we could not read. */
export interface HeaderSet {
  values: Map<string, { val: Val; span: Span }>;
  open: boolean;
}

export function emptyHeaders(): HeaderSet {
  return { values: new Map(), open: false };
}

/** Adds an object's entries to a header set (later entries override earlier ones, as in the languages). */
export function mergeHeaders(into: HeaderSet, v: Val): void {
  if (v.t === 'unknown' || v.t === 'str' || v.t === 'bool') {
    into.open = true;
    return;
  }
  if (v.open) into.open = true;
  for (const e of v.entries) into.values.set(e.key.toLowerCase(), { val: e.value(), span: e.span });
}

export interface MessageCall {
  /** Where findings about the call are shown (usually the callee, e.g. `assistant.message`). */
  span: Span;
  /** Readable name of the call, e.g. `AssistantV2.message` or `fetch to /message`. */
  label: string;
  headers: HeaderSet;
  /** The client was created elsewhere (imported): its default headers are unknown. */
  clientDefaultsUnknown: boolean;
  /** Edits that add one header to this call, when the code shape allows it. */
  addHeader?: (name: string, value: string) => RawEdit[];
}

export interface WebChatEmbed {
  span: Span;
  options: Val;
  /** `updateUserID(...)` is called, or the embed uses identity tokens (the user id is then in the JWT). */
  userIdSet: boolean;
  /** Edits that add one option (`learningOptOut: true`) to the options object, when it is a literal. */
  addOption?: (name: string, value: string) => RawEdit[];
}

export interface SourceAnalysis {
  calls: MessageCall[];
  webChats: WebChatEmbed[];
  /** The file mentions the assistant but could not be parsed at all. */
  unparsable?: Span;
}
