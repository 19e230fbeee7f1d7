// A small tolerant JSON parser that reports raw offsets and never throws. It drives a JsonHandler
// with container/value events; strings are reported as raw ranges (decoding is left to the handler,
// which only decodes what it needs). We use our own scanner rather than jsonc-parser's: its scanner alone
// measured 110-140 MB/s on a pretty-printed 10 MB workspace, leaving no room for the 100 MB/s extraction
// target once extraction work is added. Recovery is simple and always advances, so it cannot hang.
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

export function parseJson<C>(raw: string, root: C, h: JsonHandler<C>, problems: ParseProblem[]): void {
  const n = raw.length;
  let pos = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ctxStack: C[] = [];
  const arrStack: boolean[] = [];
  const indexStack: number[] = [];
  let ctx = root;
  let isArray = false;
  let index = 0;
  let key: string | number = '';
  let state = State.Value;
  let problemCount = 0;

  const problem = (message: string, offset: number, length: number) => {
    problemCount++;
    if (problemCount <= MAX_PROBLEMS) problems.push({ message, offset, length, severity: 'error' });
    else if (problemCount === MAX_PROBLEMS + 1) problems.push({ message: 'Too many syntax errors; further errors are not reported', offset, length: 0, severity: 'error' });
  };

  const push = (arr: boolean, child: C) => {
    ctxStack.push(ctx);
    arrStack.push(isArray);
    indexStack.push(index);
    ctx = child;
    isArray = arr;
    index = 0;
  };
  /** Closes the current container and restores the parent; returns the state after a value. */
  const pop = (offset: number): State => {
    h.end(ctx, offset);
    ctx = ctxStack.pop() as C;
    isArray = arrStack.pop() as boolean;
    index = indexStack.pop() as number;
    return ctxStack.length === 0 ? State.Done : State.AfterValue;
  };

  /** Scans a string starting at the opening quote; returns the offset of the closing quote (or where it stopped). */
  let strEscapes = false;
  let strTerminated = true;
  const scanString = (q: number): number => {
    let i = q + 1;
    strEscapes = false;
    strTerminated = true;
    for (;;) {
      if (i >= n) break;
      const c = raw.charCodeAt(i);
      if (c === 0x22) return i;
      if (c === 0x5c) {
        strEscapes = true;
        const next = raw.charCodeAt(i + 1);
        i += next === 0x0a || next === 0x0d ? 1 : 2;
        continue;
      }
      if (c === 0x0a || c === 0x0d) break;
      i++;
    }
    strTerminated = false;
    const end = Math.min(i, n);
    problem('Unterminated string', q, end - q);
    return end;
  };

  /** Parses one value starting at pos (a value start character), dispatching to the handler. */
  const value = (c: number): void => {
    if (c === 0x7b) {
      push(false, h.beginObject(ctx, key, pos));
      pos++;
      state = State.FirstKey;
    } else if (c === 0x5b) {
      push(true, h.beginArray(ctx, key, pos));
      pos++;
      key = 0;
      state = State.FirstElement;
    } else if (c === 0x22) {
      const close = scanString(pos);
      h.string(ctx, key, pos + 1, close, strEscapes);
      pos = strTerminated ? close + 1 : close;
      state = ctxStack.length === 0 ? State.Done : State.AfterValue;
    } else {
      let e = pos;
      while (e < n && isLiteralChar(raw.charCodeAt(e))) e++;
      if (e === pos) {
        problem('Value expected', pos, 1);
        pos++;
        return;
      }
      if (!LITERAL.test(raw.slice(pos, e))) problem('Invalid value', pos, e - pos);
      else h.literal(ctx, key, pos, e);
      pos = e;
      state = ctxStack.length === 0 ? State.Done : State.AfterValue;
    }
  };

  while (pos < n) {
    const c = raw.charCodeAt(pos);
    // whitespace
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      pos++;
      continue;
    }
    if (c === 0x2f && (raw.charCodeAt(pos + 1) === 0x2f || raw.charCodeAt(pos + 1) === 0x2a)) {
      const block = raw.charCodeAt(pos + 1) === 0x2a;
      let e = block ? raw.indexOf('*/', pos + 2) : raw.indexOf('\n', pos + 2);
      e = e < 0 ? n : block ? e + 2 : e;
      problem('Comments are not allowed in JSON', pos, e - pos);
      pos = e;
      continue;
    }
    switch (state) {
      case State.Done:
        problem('End of file expected', pos, n - pos);
        return;
      case State.Value:
        if ((c === 0x5d || c === 0x7d) && ctxStack.length > 0) {
          problem('Value expected', pos, 1);
          state = State.AfterValue; // let the closer be handled as the end of the container
          continue;
        }
        value(c);
        continue;
      case State.FirstElement:
        if (c === 0x5d) {
          state = pop(pos);
          pos++;
          continue;
        }
        value(c);
        continue;
      case State.FirstKey:
      case State.Key:
        if (c === 0x22) {
          const close = scanString(pos);
          const wants = h.wantsKeys(ctx);
          if (wants) {
            key = strEscapes ? decodeJsonString(raw, pos + 1, close).text : raw.slice(pos + 1, close);
            h.property?.(ctx, key, pos + 1, close);
          } else key = '';
          pos = strTerminated ? close + 1 : close;
          state = State.Colon;
          continue;
        }
        if (c === 0x7d) {
          if (state === State.Key) problem('Trailing comma', pos, 1);
          state = pop(pos);
          pos++;
          continue;
        }
        if (c === 0x5d) {
          problem('Expected } to close the object', pos, 1);
          state = pop(-1);
          continue;
        }
        problem('Property name expected', pos, 1);
        pos++;
        while (pos < n && isLiteralChar(raw.charCodeAt(pos))) pos++;
        continue;
      case State.Colon:
        if (c === 0x3a) {
          pos++;
          state = State.Value;
          continue;
        }
        problem('Colon expected', pos, 1);
        if (c === 0x7d || c === 0x5d || c === 0x2c) {
          state = State.AfterValue;
          continue;
        }
        state = State.Value;
        continue;
      case State.AfterValue:
        if (c === 0x2c) {
          pos++;
          if (isArray) {
            index++;
            key = index;
            state = State.Value;
            if (raw.charCodeAt(skipWs(raw, pos)) === 0x5d) problem('Trailing comma', pos - 1, 1);
          } else state = State.Key;
          continue;
        }
        if (c === (isArray ? 0x5d : 0x7d)) {
          state = pop(pos);
          pos++;
          continue;
        }
        if (c === 0x5d || c === 0x7d) {
          problem(isArray ? 'Expected ] to close the array' : 'Expected } to close the object', pos, 1);
          state = pop(-1);
          continue;
        }
        problem(isArray ? 'Expected comma or ]' : 'Expected comma or }', pos, 1);
        if (isArray) {
          index++;
          key = index;
          state = State.Value;
        } else if (c === 0x22) state = State.Key;
        else pos++;
        continue;
    }
  }
  if (state !== State.Done) {
    if (ctxStack.length === 0 && state === State.Value) {
      if (problems.length === 0) problem('Empty document: a JSON value was expected', n, 0);
      return;
    }
    problem('Unexpected end of file', n, 0);
    while (ctxStack.length > 0) pop(-1);
  }
}

function skipWs(raw: string, pos: number): number {
  for (;;) {
    const c = raw.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
    else return pos;
  }
}
