// Static values of Python expressions: strings (f-strings and str.format with DYNAMIC holes), booleans, dicts
// (literals, `**spread`, `dict(...)`, later `h[k] = v` / `h.update(...)`).
import { DYNAMIC, UNKNOWN, withMutations, type Entry, type Val } from '../model';
import { PyScope, decodeSimpleString } from './scope';
import { chain, children, readArgs, text, type PyNode } from './tree';

const MAX_DEPTH = 12;

export class PyValues {
  constructor(
    private readonly code: string,
    private readonly scope: PyScope,
  ) {}

  resolve(n: PyNode | null | undefined, depth = 0): Val {
    if (!n || depth > MAX_DEPTH) return UNKNOWN;
    const span = { start: n.from, end: n.to };
    switch (n.name) {
      case 'String':
        return { t: 'str', text: decodeSimpleString(text(this.code, n)), span };
      case 'FormatString':
        return { t: 'str', text: this.formatString(n, depth), span };
      case 'ContinuedString': {
        let s = '';
        for (const c of children(n)) {
          const v = this.resolve(c, depth + 1);
          s += v.t === 'str' ? v.text : DYNAMIC;
        }
        return { t: 'str', text: s, span };
      }
      case 'Boolean':
        return { t: 'bool', value: text(this.code, n) === 'True', span };
      case 'Number':
        return { t: 'str', text: text(this.code, n), span };
      case 'ParenthesizedExpression':
        return this.resolve(children(n).find((c) => c.name !== '(' && c.name !== ')'), depth + 1);
      case 'BinaryExpression': {
        const [l, op, r] = children(n);
        if (text(this.code, op) !== '+') return UNKNOWN;
        const lv = this.resolve(l, depth + 1);
        const rv = this.resolve(r, depth + 1);
        if (lv.t !== 'str' && rv.t !== 'str') return UNKNOWN;
        return { t: 'str', text: (lv.t === 'str' ? lv.text : DYNAMIC) + (rv.t === 'str' ? rv.text : DYNAMIC), span };
      }
      case 'VariableName': {
        const name = text(this.code, n);
        const b = this.scope.lookup(name, n.from);
        const v = b && !b.importedFrom && b.value ? this.resolve(b.value, depth + 1) : UNKNOWN;
        return this.mutated(name, v, n.from, depth);
      }
      case 'MemberExpression': {
        const name = chain(this.code, n);
        const b = name ? this.scope.lookup(name, n.from) : undefined;
        const v = b?.value ? this.resolve(b.value, depth + 1) : UNKNOWN;
        return name ? this.mutated(name, v, n.from, depth) : UNKNOWN;
      }
      case 'DictionaryExpression':
        return this.dict(n, depth);
      case 'ArgList':
        return this.dictCall(n, depth);
      case 'CallExpression': {
        const [callee, argList] = children(n);
        if (!argList || argList.name !== 'ArgList') return UNKNOWN;
        if (callee.name === 'VariableName' && text(this.code, callee) === 'dict') return this.dictCall(argList, depth);
        // "customer_id={}".format(uid)
        if (callee.name === 'MemberExpression') {
          const cs = children(callee);
          if (cs[2] && text(this.code, cs[2]) === 'format' && (cs[0].name === 'String' || cs[0].name === 'ContinuedString')) {
            const s = this.resolve(cs[0], depth + 1);
            if (s.t === 'str') return { t: 'str', text: s.text.replace(/\{[^{}]*\}/g, DYNAMIC), span };
          }
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  /** An object built only by mutations of `target` before `pos` (e.g. `session.headers.update(...)`). */
  mutatedObject(target: string, pos: number): Val {
    return this.mutated(target, { t: 'obj', entries: [], open: false }, pos, 0);
  }

  private mutated(target: string, v: Val, pos: number, depth: number): Val {
    const muts = (this.scope.mutations.get(target) ?? []).filter((m) => m.at < pos);
    if (muts.length === 0) return v;
    return withMutations(
      v,
      muts,
      (n) => this.resolve(n, depth + 1),
      (key, m) => this.entry(key, m.value ?? null, m.keySpan ?? { start: pos, end: pos }, depth),
    );
  }

  private formatString(n: PyNode, depth: number): string {
    const lit = text(this.code, n);
    const m = /^([rRbBuUfF]*)("""|'''|"|')/.exec(lit);
    const prefixLen = m ? m[0].length : 0;
    const q = m ? m[2] : '';
    let out = '';
    let pos = n.from + prefixLen;
    const end = n.to - (lit.endsWith(q) ? q.length : 0);
    for (const c of children(n)) {
      if (c.name !== 'FormatReplacement') continue;
      out += this.code.slice(pos, c.from).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      const inner = children(c).find((x) => x.name !== '{' && x.name !== '}');
      const v = inner ? this.resolve(inner, depth + 1) : UNKNOWN;
      out += v.t === 'str' ? v.text : DYNAMIC;
      pos = c.to;
    }
    out += this.code.slice(pos, Math.max(pos, end)).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    return out;
  }

  private entry(key: string, value: PyNode | null, span: { start: number; end: number }, depth: number): Entry {
    let cached: Val | undefined;
    return { key, span, value: () => (cached ??= this.resolve(value, depth + 1)) };
  }

  private dict(n: PyNode, depth: number): Val {
    const cs = children(n).filter((c) => c.name !== '{' && c.name !== '}' && c.name !== ',');
    const entries: Entry[] = [];
    let open = false;
    for (let i = 0; i < cs.length; ) {
      const c = cs[i];
      if (c.name === '**' || text(this.code, c) === '**') {
        const v = this.resolve(cs[i + 1], depth + 1);
        if (v.t === 'obj') {
          entries.push(...v.entries);
          open ||= v.open;
        } else open = true;
        i += 2;
      } else if (cs[i + 1]?.name === ':' && cs[i + 2]) {
        const k = this.resolve(c, depth + 1);
        if (k.t === 'str' && !k.text.includes(DYNAMIC)) entries.push(this.entry(k.text, cs[i + 2], { start: c.from, end: cs[i + 2].to }, depth));
        else open = true;
        i += 3;
      } else {
        // A comprehension or something we do not read.
        open = true;
        i++;
      }
    }
    return { t: 'obj', entries, open };
  }

  /** `dict(a, k=v, **more)` or `h.update(...)`: positional dicts merged, then keywords. */
  private dictCall(argList: PyNode, depth: number): Val {
    const args = readArgs(this.code, argList);
    const entries: Entry[] = [];
    let open = args.open;
    for (const p of args.positional) {
      const v = this.resolve(p, depth + 1);
      if (v.t === 'obj') {
        entries.push(...v.entries);
        open ||= v.open;
      } else open = true;
    }
    for (const [k, v] of args.keywords) entries.push(this.entry(k, v, { start: v.from, end: v.to }, depth));
    return { t: 'obj', entries, open };
  }

  /** The dict literal an expression ends up being (through assignments), for inserting into it. */
  literalDict(n: PyNode | null | undefined, depth = 0): PyNode | null {
    if (!n || depth > MAX_DEPTH) return null;
    if (n.name === 'DictionaryExpression') return n;
    if (n.name === 'VariableName') {
      const b = this.scope.lookup(text(this.code, n), n.from);
      return b && !b.importedFrom ? this.literalDict(b.value, depth + 1) : null;
    }
    return null;
  }
}
