// Static values of JS/TS expressions: strings (with DYNAMIC holes for what is computed at run time), booleans
// and objects (literals, spreads, `new Headers({...})`, `Object.assign`, plus later mutations of a const).
import { DYNAMIC, UNKNOWN, withMutations, type Entry, type Val } from '../model';
import { nameOf, unwrap, type Node } from './ast';
import type { Scope } from './scope';

const MAX_DEPTH = 12;

export class Values {
  /** `base`: offset of the program in the raw document (inline scripts of a page); spans are raw offsets. */
  constructor(
    private readonly scope: Scope,
    private readonly base = 0,
  ) {}

  private span(n: { start: number; end: number }): { start: number; end: number } {
    return { start: this.base + n.start, end: this.base + n.end };
  }

  resolve(node: Node | null | undefined, depth = 0): Val {
    const n = unwrap(node);
    if (!n || depth > MAX_DEPTH) return UNKNOWN;
    const span = this.span(n);
    switch (n.type) {
      case 'StringLiteral':
        return { t: 'str', text: n.value as string, span };
      case 'BooleanLiteral':
        return { t: 'bool', value: n.value as boolean, span };
      case 'NumericLiteral':
        return { t: 'str', text: String(n.value), span };
      case 'TemplateLiteral': {
        const quasis = n.quasis as Node[];
        const exprs = n.expressions as Node[];
        let text = '';
        quasis.forEach((q, i) => {
          text += ((q.value as { cooked?: string; raw: string }).cooked ?? (q.value as { raw: string }).raw);
          if (i < exprs.length) text += this.stringPart(exprs[i], depth);
        });
        return { t: 'str', text, span };
      }
      case 'BinaryExpression': {
        if (n.operator !== '+') return UNKNOWN;
        const l = this.resolve(n.left as Node, depth + 1);
        const r = this.resolve(n.right as Node, depth + 1);
        if (l.t !== 'str' && r.t !== 'str') return UNKNOWN;
        return { t: 'str', text: (l.t === 'str' ? l.text : DYNAMIC) + (r.t === 'str' ? r.text : DYNAMIC), span };
      }
      case 'Identifier': {
        const b = this.scope.lookup(n.name as string, n.start);
        if (!b) return UNKNOWN;
        const init = this.scope.valueOf(b);
        if (!init) return UNKNOWN;
        const v = this.resolve(init, depth + 1);
        if (b.mutations.length === 0 || v.t !== 'obj') return v;
        return withMutations(
          v,
          b.mutations,
          (n) => this.resolve(n, depth + 1),
          (key, m) => this.entry(key, m.value ?? null, m.keySpan ? this.span(m.keySpan) : span, depth),
        );
      }
      case 'ObjectExpression':
        return this.object(n, depth);
      case 'NewExpression': {
        // `new Headers({...})` / `new Headers(existing)`
        if (nameOf(n.callee as Node) !== 'Headers') return UNKNOWN;
        const arg = (n.arguments as Node[])[0];
        return arg ? this.resolve(arg, depth + 1) : { t: 'obj', entries: [], open: false };
      }
      case 'CallExpression': {
        const callee = unwrap(n.callee as Node);
        if (callee?.type === 'MemberExpression' && nameOf(callee.object as Node) === 'Object' && nameOf(callee.property as Node) === 'assign') {
          const entries: Entry[] = [];
          let open = false;
          for (const a of n.arguments as Node[]) {
            const v = this.resolve(a.type === 'SpreadElement' ? null : a, depth + 1);
            if (v.t === 'obj') {
              entries.push(...v.entries);
              open ||= v.open;
            } else open = true;
          }
          return { t: 'obj', entries, open };
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private stringPart(e: Node, depth: number): string {
    const v = this.resolve(e, depth + 1);
    if (v.t === 'str') return v.text;
    if (v.t === 'bool') return String(v.value);
    return DYNAMIC;
  }

  private entry(key: string, value: Node | null, span: { start: number; end: number }, depth: number): Entry {
    let cached: Val | undefined;
    return { key, span, value: () => (cached ??= this.resolve(value, depth + 1)) };
  }

  private object(n: Node, depth: number): Val {
    const entries: Entry[] = [];
    let open = false;
    for (const p of n.properties as Node[]) {
      if (p.type === 'SpreadElement') {
        const v = this.resolve(p.argument as Node, depth + 1);
        if (v.t === 'obj') {
          entries.push(...v.entries);
          open ||= v.open;
        } else open = true;
      } else if (p.type === 'ObjectProperty') {
        const k = p.key as Node;
        let key = !p.computed ? nameOf(k) : undefined;
        if (p.computed) {
          const kv = this.resolve(k, depth + 1);
          if (kv.t === 'str' && !kv.text.includes(DYNAMIC)) key = kv.text;
        }
        if (key === undefined && k.type === 'NumericLiteral') key = String(k.value);
        if (key === undefined) open = true;
        else entries.push(this.entry(key, p.value as Node, this.span(p), depth));
      }
    }
    return { t: 'obj', entries, open };
  }

  /** The object literal an expression ends up being (through consts and `new Headers`), for inserting into it. */
  literalObject(node: Node | null | undefined, depth = 0): Node | null {
    const n = unwrap(node);
    if (!n || depth > MAX_DEPTH) return null;
    if (n.type === 'ObjectExpression') return n;
    if (n.type === 'NewExpression' && nameOf(n.callee as Node) === 'Headers') {
      const arg = (n.arguments as Node[])[0];
      return arg ? this.literalObject(arg, depth + 1) : null;
    }
    if (n.type === 'Identifier') {
      const b = this.scope.lookup(n.name as string, n.start);
      const init = b ? this.scope.valueOf(b) : null;
      return init ? this.literalObject(init, depth + 1) : null;
    }
    return null;
  }

  /** The property `key` written in an object literal (not through spreads), if any. */
  static ownProperty(obj: Node, key: string): Node | undefined {
    for (const p of obj.properties as Node[]) {
      if (p.type === 'ObjectProperty' && !p.computed && nameOf(p.key as Node) === key) return p;
    }
    return undefined;
  }
}
