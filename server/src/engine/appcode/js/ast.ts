// Babel's parser, loaded on first use (most files never get past the textual prefilter), and a small
// generic walker over its AST (no @babel/traverse: we only need parents and positions).
import type * as BabelParser from '@babel/parser';

// Babel node shapes are read generically; `Node` keeps the fields we touch.
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

let babel: typeof BabelParser | undefined;

function parser(): typeof BabelParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  babel ??= require('@babel/parser') as typeof BabelParser;
  return babel;
}

export type Dialect = 'js' | 'ts' | 'tsx';

export function dialectOf(path: string | undefined): Dialect {
  const ext = (path ?? '').toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? 'js';
  if (ext === 'tsx') return 'tsx';
  if (ext === 'ts' || ext === 'mts' || ext === 'cts') return 'ts';
  return 'js';
}

/** Parses a script or module with error recovery; null when even recovery gives up. */
export function parseProgram(code: string, dialect: Dialect): Node | null {
  const plugins: BabelParser.ParserPlugin[] =
    dialect === 'js' ? ['jsx', 'decorators-legacy'] : dialect === 'tsx' ? ['typescript', 'jsx', 'decorators-legacy'] : ['typescript', 'decorators-legacy'];
  const options: BabelParser.ParserOptions = {
    sourceType: 'unambiguous',
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
    // Comments are never read: skip attaching them to nodes.
    attachComment: false,
    plugins,
  };
  try {
    return (parser().parse(code, options) as unknown as { program: Node }).program;
  } catch {
    // A plain script with JSX-like comparisons (`a <b> c`) may fail with the jsx plugin: one retry without it.
    if (dialect !== 'js') return null;
    try {
      return (parser().parse(code, { ...options, plugins: ['decorators-legacy'] }) as unknown as { program: Node }).program;
    } catch {
      return null;
    }
  }
}

const SKIP_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'errors', 'comments', 'tokens']);

export function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string' && typeof (v as Node).start === 'number';
}

/**
 * Keys of a node type that may hold child nodes: every key except positions/comments and those holding
 * strings, numbers or booleans in the first node of that type seen (a key is consistently primitive or not
 * per type). A `for...in` over every node was the walker's main cost.
 */
const childKeys = new Map<string, string[]>();

function keysOf(n: Node): string[] {
  let keys = childKeys.get(n.type);
  if (!keys) {
    keys = [];
    for (const key of Object.keys(n)) {
      if (SKIP_KEYS.has(key)) continue;
      const t = typeof n[key];
      if (t !== 'string' && t !== 'number' && t !== 'boolean') keys.push(key);
    }
    childKeys.set(n.type, keys);
  }
  return keys;
}

/** Depth-first walk; `enter` gets the node and its parent, `leave` runs after the children. */
export function walk(root: Node, enter: (n: Node, parent: Node | null) => void, leave?: (n: Node) => void): void {
  const visit = (n: Node, parent: Node | null): void => {
    enter(n, parent);
    const keys = keysOf(n);
    for (let k = 0; k < keys.length; k++) {
      const v = n[keys[k]];
      if (v === null || v === undefined) continue;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (isNode(v[i])) visit(v[i], n);
      } else if (isNode(v)) visit(v, n);
    }
    leave?.(n);
  };
  visit(root, null);
}

/** Drops wrappers that do not change a value: parentheses, TS casts, non-null assertions, `await`. */
export function unwrap(n: Node | null | undefined): Node | null {
  let cur = n ?? null;
  while (cur) {
    switch (cur.type) {
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TypeCastExpression':
      case 'AwaitExpression':
        cur = (cur.expression ?? cur.argument) as Node;
        continue;
      default:
        return cur;
    }
  }
  return null;
}

/** Name of an identifier, string key or non-computed member property. */
export function nameOf(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Identifier' || n.type === 'PrivateName') return (n.name as string) ?? ((n.id as Node)?.name as string);
  if (n.type === 'StringLiteral') return n.value as string;
  return undefined;
}

/** `a.b.c` as text for plain member chains (identifiers, `this`), else undefined. */
export function chainText(n: Node | null): string | undefined {
  const u = unwrap(n);
  if (!u) return undefined;
  if (u.type === 'Identifier') return u.name as string;
  if (u.type === 'ThisExpression') return 'this';
  if ((u.type === 'MemberExpression' || u.type === 'OptionalMemberExpression') && !u.computed) {
    const obj = chainText(u.object as Node);
    const prop = nameOf(u.property as Node);
    return obj && prop ? `${obj}.${prop}` : undefined;
  }
  return undefined;
}
