// A small tolerant JSON parser that reports raw offsets and never throws. It drives a JsonHandler
// with container/value events; strings are reported as raw ranges (decoding is left to the handler,
// which only decodes what it needs). We use our own scanner rather than jsonc-parser's: its scanner alone
// measured 110-140 MB/s on a pretty-printed 10 MB workspace, leaving no room for the 100 MB/s extraction
// target once extraction work is added. Recovery is simple and always advances, so it cannot hang.
import { detachedCopy } from '../detachedCopy';
import type { ParseProblem } from '../types';
import { decodeJsonString } from './jsonString';

export interface JsonHandler<C> {
  /** Whether keys of this container are needed (otherwise the handler receives '' for object keys). */
  wantsKeys(ctx: C): boolean;
  beginObject(parent: C, key: string | number, offset: number): C;
  beginArray(parent: C, key: string | number, offset: number): C;
  /** `offset` is the closing bracket's offset, or -1 when it is missing. */
  end(ctx: C, offset: number): void;
  /** A string value; [start, end) is the raw body between the quotes. */
  string(ctx: C, key: string | number, start: number, end: number, hasEscapes: boolean): void;
  /** A number, true, false or null token at raw [start, end). */
  literal(ctx: C, key: string | number, start: number, end: number): void;
  /** Called for each object key (with its raw body range) when keys are wanted. */
  property?(ctx: C, key: string, start: number, end: number): void;
}

export const MAX_PROBLEMS = 200;

const enum State { Value, FirstKey, Key, Colon, AfterValue, FirstElement, Done }

function isLiteralChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x2b || c === 0x2e;
}

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

/** Set by scanString: the string had escapes / was closed by a quote. */
let scanEscapes = false;
let scanClosed = true;
/** Offset of the first NUL character scanString met (inside a string body, escaped or not), or -1. */
let firstNul = -1;

/** Offset of the closing quote of the string opening at `q`, or where an unterminated string stops (line end / EOF). */
function scanString(raw: string, q: number, n: number): number {
  let i = q + 1;
  scanEscapes = false;
  while (i < n) {
    const c = raw.charCodeAt(i);
    // Most characters of a string body are above the quote and are not a backslash: one test each.
    if (c > 0x22 && c !== 0x5c) {
      i++;
      continue;
    }
    if (c === 0x22) {
      scanClosed = true;
      return i;
    }
    if (c === 0x5c) {
      scanEscapes = true;
      const next = raw.charCodeAt(i + 1);
      if (next === 0 && firstNul < 0) firstNul = i + 1;
      i += next === 0x0a || next === 0x0d ? 1 : 2;
      continue;
    }
    if (c === 0x0a || c === 0x0d) break;
    if (c === 0 && firstNul < 0) firstNul = i;
    i++;
  }
  scanClosed = false;
  return i < n ? i : n;
}

/** Recently seen keys, reused when the raw key matches, so repeated keys ("text", "intent") are not re-allocated. */
const KEY_CACHE_SIZE = 1024;
const keyCache: (string | undefined)[] = new Array(KEY_CACHE_SIZE);

function keyAt(raw: string, start: number, end: number): string {
  const len = end - start;
  if (len === 0) return '';
  const slot = (len * 31 + raw.charCodeAt(start) * 7 + raw.charCodeAt(end - 1) * 3 + raw.charCodeAt(start + (len >> 1))) & (KEY_CACHE_SIZE - 1);
  const hit = keyCache[slot];
  if (hit !== undefined && hit.length === len && raw.startsWith(hit, start)) return hit;
  const key = raw.slice(start, end);
  if (len > 40) return key;
  // The cache outlives the document.
  const own = detachedCopy(key);
  keyCache[slot] = own;
  return own;
}

class ProblemSink {
  count = 0;
  constructor(readonly problems: ParseProblem[]) {}
  add(message: string, offset: number, length: number): void {
    this.count++;
    if (this.count <= MAX_PROBLEMS) this.problems.push({ message, offset, length, severity: 'error' });
    else if (this.count === MAX_PROBLEMS + 1) this.problems.push({ message: 'Too many syntax errors; further errors are not reported', offset, length: 0, severity: 'error' });
  }
}

/**
 * Drives `h` over `raw`. Returns the offset of the first NUL character met inside a string body (or -1): when
 * parsing reported no problem, every character outside strings was JSON syntax, so that is the document's first NUL.
 */
export function parseJson<C>(raw: string, root: C, h: JsonHandler<C>, problems: ParseProblem[]): number {
  const n = raw.length;
  firstNul = -1;
  const sink = new ProblemSink(problems);
  let pos = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ctxStack: C[] = [];
  const arrStack: boolean[] = [];
  const indexStack: number[] = [];
  let depth = 0;
  let ctx = root;
  let isArray = false;
  let index = 0;
  let key: string | number = '';
  let state = State.Value;

  while (pos < n) {
    let c = raw.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      pos++;
      while (pos < n) {
        c = raw.charCodeAt(pos);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
        else break;
      }
      if (pos >= n) break;
    }
    if (c === 0x2f && (raw.charCodeAt(pos + 1) === 0x2f || raw.charCodeAt(pos + 1) === 0x2a)) {
      const block = raw.charCodeAt(pos + 1) === 0x2a;
      let e = block ? raw.indexOf('*/', pos + 2) : raw.indexOf('\n', pos + 2);
      e = e < 0 ? n : block ? e + 2 : e;
      sink.add('Comments are not allowed in JSON', pos, e - pos);
      pos = e;
      continue;
    }
    // Closing a container is shared by several states: `close` is set to the closer's offset (or -1 when missing).
    let close = -2;
    switch (state) {
      case State.Done:
        sink.add('End of file expected', pos, n - pos);
        return firstNul;
      case State.FirstElement:
        if (c !== 0x5d) {
          state = State.Value; // an element starts here
          continue;
        }
        close = pos;
        pos++;
        break;
      case State.Value:
        if ((c === 0x5d || c === 0x7d) && depth > 0) {
          sink.add('Value expected', pos, 1);
          state = State.AfterValue; // the closer is handled as the end of the container
          continue;
        }
        if (c === 0x7b || c === 0x5b) {
          const arr = c === 0x5b;
          const child = arr ? h.beginArray(ctx, key, pos) : h.beginObject(ctx, key, pos);
          ctxStack.push(ctx);
          arrStack.push(isArray);
          indexStack.push(index);
          depth++;
          ctx = child;
          isArray = arr;
          index = 0;
          key = arr ? 0 : '';
          state = arr ? State.FirstElement : State.FirstKey;
          pos++;
          continue;
        }
        if (c === 0x22) {
          const end = scanString(raw, pos, n);
          if (!scanClosed) sink.add('Unterminated string', pos, end - pos);
          h.string(ctx, key, pos + 1, end, scanEscapes);
          pos = scanClosed ? end + 1 : end;
        } else {
          let e = pos;
          while (e < n && isLiteralChar(raw.charCodeAt(e))) e++;
          if (e === pos) {
            sink.add('Value expected', pos, 1);
            pos++;
            continue;
          }
          if (!LITERAL.test(raw.slice(pos, e))) sink.add('Invalid value', pos, e - pos);
          else h.literal(ctx, key, pos, e);
          pos = e;
        }
        state = depth === 0 ? State.Done : State.AfterValue;
        continue;
      case State.FirstKey:
      case State.Key:
        if (c === 0x22) {
          const end = scanString(raw, pos, n);
          if (!scanClosed) sink.add('Unterminated string', pos, end - pos);
          if (h.wantsKeys(ctx)) {
            key = scanEscapes ? decodeJsonString(raw, pos + 1, end).text : keyAt(raw, pos + 1, end);
            h.property?.(ctx, key, pos + 1, end);
          } else key = '';
          pos = scanClosed ? end + 1 : end;
          state = State.Colon;
          continue;
        }
        if (c === 0x7d) {
          if (state === State.Key) sink.add('Trailing comma', pos, 1);
          close = pos;
          pos++;
          break;
        }
        if (c === 0x5d) {
          sink.add('Expected } to close the object', pos, 1);
          close = -1;
          break;
        }
        sink.add('Property name expected', pos, 1);
        pos++;
        while (pos < n && isLiteralChar(raw.charCodeAt(pos))) pos++;
        continue;
      case State.Colon:
        if (c === 0x3a) {
          pos++;
          state = State.Value;
          continue;
        }
        sink.add('Colon expected', pos, 1);
        state = c === 0x7d || c === 0x5d || c === 0x2c ? State.AfterValue : State.Value;
        continue;
      case State.AfterValue:
        if (c === 0x2c) {
          pos++;
          if (isArray) {
            index++;
            key = index;
            state = State.Value;
            if (raw.charCodeAt(skipWs(raw, pos)) === 0x5d) sink.add('Trailing comma', pos - 1, 1);
          } else state = State.Key;
          continue;
        }
        if (c === (isArray ? 0x5d : 0x7d)) {
          close = pos;
          pos++;
          break;
        }
        if (c === 0x5d || c === 0x7d) {
          sink.add(isArray ? 'Expected ] to close the array' : 'Expected } to close the object', pos, 1);
          close = -1;
          break;
        }
        sink.add(isArray ? 'Expected comma or ]' : 'Expected comma or }', pos, 1);
        if (isArray) {
          index++;
          key = index;
          state = State.Value;
        } else if (c === 0x22) state = State.Key;
        else pos++;
        continue;
    }
    // Close the current container (reached only via `break` above).
    h.end(ctx, close);
    depth--;
    ctx = ctxStack.pop() as C;
    isArray = arrStack.pop() as boolean;
    index = indexStack.pop() as number;
    key = isArray ? index : '';
    state = depth === 0 ? State.Done : State.AfterValue;
  }
  if (state !== State.Done) {
    if (depth === 0 && state === State.Value) {
      if (problems.length === 0) sink.add('Empty document: a JSON value was expected', n, 0);
      return firstNul;
    }
    sink.add('Unexpected end of file', n, 0);
    while (depth > 0) {
      h.end(ctx, -1);
      depth--;
      ctx = ctxStack.pop() as C;
    }
  }
  return firstNul;
}

function skipWs(raw: string, pos: number): number {
  for (;;) {
    const c = raw.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
    else return pos;
  }
}
