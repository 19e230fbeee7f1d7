// @lezer/python (the maintained CodeMirror Python grammar; pure JS, error-tolerant, with positions), loaded on
// first use, plus helpers to read its syntax nodes.
import type { SyntaxNode } from '@lezer/common';
import type * as LezerPython from '@lezer/python';

let lezer: typeof LezerPython | undefined;

export type PyNode = SyntaxNode;

export function parsePython(code: string): PyNode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lezer ??= require('@lezer/python') as typeof LezerPython;
  return lezer.parser.parse(code).topNode;
}

/** Child nodes, without comments (lezer keeps them in the tree). */
export function children(n: PyNode): PyNode[] {
  const out: PyNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** Depth-first walk with a `leave` callback. */
export function walkPy(root: PyNode, enter: (n: PyNode) => void, leave?: (n: PyNode) => void): void {
  const visit = (n: PyNode) => {
    enter(n);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
    leave?.(n);
  };
  visit(root);
}

export function text(code: string, n: PyNode): string {
  return code.slice(n.from, n.to);
}

/** `a.b.c` for plain attribute chains (names only), else undefined. */
export function chain(code: string, n: PyNode | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.name === 'VariableName') return text(code, n);
  if (n.name === 'ParenthesizedExpression') return chain(code, children(n).find((c) => c.name !== '(' && c.name !== ')'));
  if (n.name === 'MemberExpression') {
    const cs = children(n);
    if (cs.length === 3 && cs[1].name === '.' && cs[2].name === 'PropertyName') {
      const obj = chain(code, cs[0]);
      return obj ? `${obj}.${text(code, cs[2])}` : undefined;
    }
  }
  return undefined;
}

export interface Args {
  positional: PyNode[];
  keywords: Map<string, PyNode>;
  /** `*args` / `**kwargs`: any keyword may come from there. */
  open: boolean;
  open_: number;
  close: number;
  /** Spans of all arguments, for inserting one more. */
  spans: { start: number; end: number }[];
}

export function readArgs(code: string, argList: PyNode): Args {
  const cs = children(argList);
  const args: Args = { positional: [], keywords: new Map(), open: false, open_: argList.from, close: argList.to - 1, spans: [] };
  let i = 1;
  while (i < cs.length - 1) {
    const c = cs[i];
    if (c.name === ',') {
      i++;
      continue;
    }
    if (c.name === '*' || c.name === '**' || text(code, c) === '*' || text(code, c) === '**') {
      args.open = true;
      const v = cs[i + 1];
      args.spans.push({ start: c.from, end: v ? v.to : c.to });
      i += 2;
      continue;
    }
    if (c.name === 'VariableName' && cs[i + 1]?.name === 'AssignOp' && cs[i + 2]) {
      args.keywords.set(text(code, c), cs[i + 2]);
      args.spans.push({ start: c.from, end: cs[i + 2].to });
      i += 3;
      continue;
    }
    args.positional.push(c);
    args.spans.push({ start: c.from, end: c.to });
    i++;
  }
  return args;
}
