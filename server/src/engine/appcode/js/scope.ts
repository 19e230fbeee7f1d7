// Bindings of one file, with just enough scoping for constant propagation: which declaration an identifier
// at a given position refers to, what it was initialised with, and how the object it holds was changed
// afterwards (`h['X-Watson-Metadata'] = ...`, `headers.set(...)`, `Object.assign(h, ...)`).
import type { ObjectMutation } from '../model';
import { nameOf, unwrap, walk, type Node } from './ast';

/** `h[k] = v`, `headers.set(k, v)`, `Object.assign(h, src)` (merge). */
export type Mutation = ObjectMutation<Node>;

export interface Binding {
  name: string;
  init: Node | null;
  scopeStart: number;
  scopeEnd: number;
  declStart: number;
  /** Parameter, destructured name, catch parameter: no value we can follow. */
  opaque: boolean;
  /** Module the name was imported from (import or require). */
  importedFrom?: string;
  assignments: Node[];
  mutations: Mutation[];
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);
const BLOCK_TYPES = new Set(['BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'CatchClause', 'StaticBlock', 'SwitchStatement']);

function patternNames(p: Node | null | undefined, out: string[]): void {
  const n = p ? (p.type === 'TSParameterProperty' ? (p.parameter as Node) : p) : null;
  if (!n) return;
  switch (n.type) {
    case 'Identifier':
      out.push(n.name as string);
      break;
    case 'AssignmentPattern':
      patternNames(n.left as Node, out);
      break;
    case 'RestElement':
      patternNames(n.argument as Node, out);
      break;
    case 'ArrayPattern':
      for (const e of (n.elements as (Node | null)[]) ?? []) patternNames(e, out);
      break;
    case 'ObjectPattern':
      for (const prop of (n.properties as Node[]) ?? []) patternNames((prop.type === 'RestElement' ? prop : (prop.value as Node)) ?? null, out);
      break;
  }
}

function requiredModule(init: Node | null): string | undefined {
  let n = unwrap(init);
  while (n && (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression')) n = unwrap(n.object as Node);
  if (n?.type !== 'CallExpression' || nameOf(n.callee as Node) !== 'require') return undefined;
  const arg = (n.arguments as Node[])[0];
  return arg?.type === 'StringLiteral' ? (arg.value as string) : undefined;
}

export class Scope {
  private readonly byName = new Map<string, Binding[]>();

  /** `visit` sees every node of the same walk (the analyser collects its candidates there: one pass, not two). */
  constructor(program: Node, visit?: (n: Node) => void) {
    const scopes: { start: number; end: number; fn: boolean }[] = [{ start: program.start, end: program.end, fn: true }];
    const assignments: { name: string; pos: number; right: Node }[] = [];
    const mutations: { name: string; pos: number; m: Mutation }[] = [];
    const add = (name: string, init: Node | null, declStart: number, fnScope: boolean, extra: Partial<Binding> = {}) => {
      let s = scopes[scopes.length - 1];
      if (fnScope) for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].fn) { s = scopes[i]; break; }
      const b: Binding = { name, init, scopeStart: s.start, scopeEnd: s.end, declStart, opaque: false, assignments: [], mutations: [], ...extra };
      const list = this.byName.get(name);
      if (list) list.push(b);
      else this.byName.set(name, [b]);
    };
    walk(
      program,
      (n) => {
        visit?.(n);
        if (FUNCTION_TYPES.has(n.type)) {
          if (n.type === 'FunctionDeclaration' && n.id) add(nameOf(n.id as Node)!, null, n.start, true, { opaque: true });
          scopes.push({ start: n.start, end: n.end, fn: true });
          const names: string[] = [];
          for (const p of (n.params as Node[]) ?? []) patternNames(p, names);
          for (const name of names) add(name, null, n.start, true, { opaque: true });
        } else if (BLOCK_TYPES.has(n.type)) {
          scopes.push({ start: n.start, end: n.end, fn: false });
          if (n.type === 'CatchClause' && n.param) {
            const names: string[] = [];
            patternNames(n.param as Node, names);
            for (const name of names) add(name, null, n.start, false, { opaque: true });
          }
        }
        switch (n.type) {
          case 'VariableDeclaration': {
            const isVar = n.kind === 'var';
            for (const d of n.declarations as Node[]) {
              const id = d.id as Node;
              const init = (d.init as Node) ?? null;
              if (id.type === 'Identifier') add(id.name as string, init, d.start, isVar, { importedFrom: requiredModule(init) });
              else {
                const names: string[] = [];
                patternNames(id, names);
                const from = requiredModule(init);
                for (const name of names) add(name, null, d.start, isVar, { opaque: true, importedFrom: from });
              }
            }
            break;
          }
          case 'ImportDeclaration': {
            const from = (n.source as Node).value as string;
            for (const s of n.specifiers as Node[]) add(nameOf(s.local as Node)!, null, n.start, true, { opaque: true, importedFrom: from });
            break;
          }
          case 'AssignmentExpression': {
            const left = unwrap(n.left as Node);
            if (!left) break;
            if (left.type === 'Identifier' && n.operator === '=') assignments.push({ name: left.name as string, pos: n.start, right: n.right as Node });
            else if (left.type === 'MemberExpression' && unwrap(left.object as Node)?.type === 'Identifier') {
              const target = unwrap(left.object as Node)!;
              const prop = left.property as Node;
              const key = !left.computed ? nameOf(prop) : prop.type === 'StringLiteral' ? (prop.value as string) : undefined;
              mutations.push({ name: target.name as string, pos: n.start, m: { key, value: n.right as Node, keySpan: { start: prop.start, end: prop.end } } });
            }
            break;
          }
          case 'CallExpression':
          case 'OptionalCallExpression': {
            const callee = unwrap(n.callee as Node);
            const args = n.arguments as Node[];
            if (!callee || (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) break;
            const method = nameOf(callee.property as Node);
            const obj = unwrap(callee.object as Node);
            if ((method === 'set' || method === 'append') && obj?.type === 'Identifier' && args.length >= 2) {
              const k = args[0];
              const key = k.type === 'StringLiteral' ? (k.value as string) : undefined;
              mutations.push({ name: obj.name as string, pos: n.start, m: { key, value: args[1], keySpan: { start: k.start, end: k.end } } });
            } else if (method === 'assign' && obj?.type === 'Identifier' && obj.name === 'Object' && unwrap(args[0])?.type === 'Identifier') {
              const target = unwrap(args[0])!;
              for (const src of args.slice(1)) mutations.push({ name: target.name as string, pos: n.start, m: { merge: src } });
            }
            break;
          }
        }
      },
      (n) => {
        if (FUNCTION_TYPES.has(n.type) || BLOCK_TYPES.has(n.type)) scopes.pop();
      },
    );
    for (const a of assignments) this.lookup(a.name, a.pos)?.assignments.push(a.right);
    for (const m of mutations) this.lookup(m.name, m.pos)?.mutations.push(m.m);
  }

  /** The binding `name` refers to at `pos`: the innermost enclosing scope's, the latest declared before `pos`. */
  lookup(name: string, pos: number): Binding | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let best: Binding | undefined;
    for (const b of list) {
      if (pos < b.scopeStart || pos > b.scopeEnd) continue;
      if (!best) best = b;
      else {
        const size = b.scopeEnd - b.scopeStart;
        const bestSize = best.scopeEnd - best.scopeStart;
        if (size < bestSize || (size === bestSize && b.declStart <= pos && b.declStart > best.declStart)) best = b;
      }
    }
    return best;
  }

  /** What the binding holds when it is used: its initialiser, or its one assignment when declared without one. */
  valueOf(b: Binding): Node | null {
    if (b.opaque) return null;
    if (b.init && b.assignments.length === 0) return b.init;
    if (!b.init && b.assignments.length === 1) return b.assignments[0];
    return null;
  }

  /** Every binding (for module-level facts such as "which names were imported from ibm-watson"). */
  all(): Binding[] {
    return [...this.byName.values()].flat();
  }
}
