// The subset of the Watson logs filter language the emulator understands: terms `field<op>value` joined by `,` (AND)
// or `|` (OR), ops `::` (exact), `:` (contains), `::!` / `:!` (negations), values bare (with `\` escapes) or "quoted".
// Anything else is a 400, as the service answers a bad filter.

export type Term = { field: string; op: '::' | ':' | '::!' | ':!'; value: string };
export type Filter = { join: 'and' | 'or'; terms: Term[] };

export class FilterSyntaxError extends Error {}

const FIELDS = new Set(['customer_id', 'language', 'request.context.system.assistant_id', 'workspace_id']);
const BARE_STOP = new Set([',', '|', '(', ')', '"', ' ', '\t', '<', '>', '!', ':', '*', '~', '=']);

export function parseFilter(text: string): Filter {
  let i = 0;
  const terms: Term[] = [];
  let join: 'and' | 'or' | undefined;
  const fail = (why: string) => {
    throw new FilterSyntaxError(`Invalid filter "${text}": ${why} at position ${i}`);
  };
  while (i < text.length) {
    const fieldMatch = /^[a-z_][a-z0-9_.]*/.exec(text.slice(i));
    if (!fieldMatch) fail('expected a field name');
    const field = fieldMatch![0];
    if (!FIELDS.has(field)) fail(`unknown field "${field}"`);
    i += field.length;
    const opMatch = /^(::!|:!|::|:)/.exec(text.slice(i));
    if (!opMatch) fail('expected an operator');
    const op = opMatch![0] as Term['op'];
    i += op.length;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted value');
        const c = text[i];
        if (c === '\\') {
          if (i + 1 >= text.length) fail('dangling escape');
          value += text[i + 1];
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
    } else {
      while (i < text.length && !BARE_STOP.has(text[i])) {
        if (text[i] === '\\') {
          if (i + 1 >= text.length) fail('dangling escape');
          value += text[i + 1];
          i += 2;
        } else value += text[i++];
      }
    }
    if (value === '') fail('empty value');
    terms.push({ field, op, value });
    if (i === text.length) break;
    const sep = text[i] === ',' ? 'and' : text[i] === '|' ? 'or' : undefined;
    if (!sep) fail(`unexpected character "${text[i]}"`);
    if (join && join !== sep) fail('mixing "," and "|" needs grouping, which the emulator does not support');
    join = sep;
    i++;
    if (i === text.length) fail('trailing separator');
  }
  if (terms.length === 0) fail('empty filter');
  return { join: join ?? 'and', terms };
}

function fieldValue(log: Record<string, unknown>, field: string): string | undefined {
  let cur: unknown = log;
  for (const part of field.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return typeof cur === 'string' ? cur : undefined;
}

export function matchesFilter(log: Record<string, unknown>, filter: Filter): boolean {
  const test = (t: Term) => {
    const v = fieldValue(log, t.field);
    const hit = t.op.startsWith('::') ? v === t.value : v !== undefined && v.includes(t.value);
    return t.op.endsWith('!') ? !hit : hit;
  };
  return filter.join === 'and' ? filter.terms.every(test) : filter.terms.some(test);
}
