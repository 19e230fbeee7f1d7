// Python bindings for constant propagation: `name = value` statements per function (or module), with the
// latest assignment before a use winning; parameters and imported names are opaque. Mutations of dicts
// (`h['k'] = v`, `h.update(...)`) are kept by the target's text (`h`, `session.headers`).
import type { ObjectMutation } from '../model';
import { chain, children, text, walkPy, type PyNode } from './tree';

export interface PyBinding {
  name: string;
  value: PyNode | null;
  scopeStart: number;
  scopeEnd: number;
  at: number;
  importedFrom?: string;
}

/** `h[k] = v`, `h.update(...)` (merge), at a position in the file. */
export interface PyMutation extends ObjectMutation<PyNode> {
  at: number;
}

export class PyScope {
  private readonly byName = new Map<string, PyBinding[]>();
  readonly mutations = new Map<string, PyMutation[]>();

  constructor(
    private readonly code: string,
    root: PyNode,
  ) {
    const scopes: { start: number; end: number }[] = [{ start: root.from, end: root.to }];
    const add = (name: string, value: PyNode | null, at: number, importedFrom?: string) => {
      const s = scopes[scopes.length - 1];
      const b: PyBinding = { name, value, scopeStart: s.start, scopeEnd: s.end, at, importedFrom };
      const list = this.byName.get(name);
      if (list) list.push(b);
      else this.byName.set(name, [b]);
    };
    walkPy(
      root,
      (n) => {
        switch (n.name) {
          case 'FunctionDefinition':
          case 'LambdaExpression': {
            scopes.push({ start: n.from, end: n.to });
            const params = children(n).find((c) => c.name === 'ParamList');
            if (params) for (const p of children(params)) if (p.name === 'VariableName') add(text(code, p), null, n.from);
            break;
          }
          case 'ImportStatement': {
            const cs = children(n);
            const from = cs[0]?.name === 'from' ? text(code, cs[1]) : undefined;
            for (let i = 0; i < cs.length; i++) {
              const c = cs[i];
              if (c.name !== 'VariableName') continue;
              // `import a.b as c` / `from m import x as y`: the bound name is the last before a comma.
              const next = cs[i + 1];
              if (next && (next.name === 'as' || next.name === '.')) continue;
              if (from !== undefined && c === cs[1]) continue;
              add(text(code, c), null, n.from, from ?? text(code, c));
            }
            break;
          }
          case 'AssignStatement': {
            const cs = children(n);
            const value = cs[cs.length - 1];
            for (let i = 0; i + 1 < cs.length; i += 2) {
              const target = cs[i];
              if (cs[i + 1]?.name !== 'AssignOp' && cs[i + 1]?.name !== 'TypeDef') break;
              if (target.name === 'VariableName') add(text(code, target), value, n.from);
              else if (target.name === 'MemberExpression') this.memberTarget(target, value, n.from);
            }
            break;
          }
          case 'CallExpression': {
            const [callee, argList] = children(n);
            if (callee?.name !== 'MemberExpression' || argList?.name !== 'ArgList') break;
            const cs = children(callee);
            if (cs[2]?.name !== 'PropertyName' || text(code, cs[2]) !== 'update') break;
            const target = chain(code, cs[0]);
            if (!target) break;
            // `h.update({...})` and `h.update(k=v)`: the argument list is read like `dict(...)`.
            this.mutate(target, { merge: argList, at: n.from });
            break;
          }
        }
      },
      (n) => {
        if (n.name === 'FunctionDefinition' || n.name === 'LambdaExpression') scopes.pop();
      },
    );
  }

  private mutate(target: string, m: PyMutation): void {
    const list = this.mutations.get(target);
    if (list) list.push(m);
    else this.mutations.set(target, [m]);
  }

  /** `h['k'] = v` (a dict key) or `self.x = v` (an attribute, kept as a binding named `self.x`). */
  private memberTarget(target: PyNode, value: PyNode, at: number): void {
    const cs = children(target);
    if (cs[1]?.name === '[') {
      const obj = chain(this.code, cs[0]);
      const k = cs[2];
      if (!obj || !k) return;
      const key = k.name === 'String' ? decodeSimpleString(text(this.code, k)) : undefined;
      this.mutate(obj, { key, value, keySpan: { start: k.from, end: k.to }, at });
      return;
    }
    const name = chain(this.code, target);
    if (name) {
      const list = this.byName.get(name) ?? [];
      list.push({ name, value, scopeStart: 0, scopeEnd: Number.MAX_SAFE_INTEGER, at });
      this.byName.set(name, list);
    }
  }

  lookup(name: string, pos: number): PyBinding | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let best: PyBinding | undefined;
    for (const b of list) {
      if (pos < b.scopeStart || pos > b.scopeEnd) continue;
      const size = b.scopeEnd - b.scopeStart;
      if (!best) {
        best = b;
        continue;
      }
      const bestSize = best.scopeEnd - best.scopeStart;
      const before = b.at <= pos;
      const bestBefore = best.at <= pos;
      if (size < bestSize || (size === bestSize && ((before && !bestBefore) || (before === bestBefore && b.at > best.at && before)))) best = b;
    }
    return best;
  }
}

/** Decodes a plain (non-f) Python string literal, with its prefix and quotes. */
export function decodeSimpleString(lit: string): string {
  const m = /^([rRbBuU]*)("""|'''|"|')/.exec(lit);
  if (!m) return lit;
  const raw = m[1].toLowerCase().includes('r');
  const q = m[2];
  const body = lit.slice(m[0].length, lit.endsWith(q) && lit.length >= m[0].length + q.length ? lit.length - q.length : lit.length);
  if (raw) return body;
  return body.replace(/\\(\r?\n|.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\n' || c === '\r\n' ? '' : c));
}
