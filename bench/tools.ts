// The tools under test behind one small interface. Peers are loaded from node_modules at run time
// (not bundled) so each is exactly the pinned package a user would install.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createLinter, parseDocument, SEVERITY_RANK } from '../server/src/engine';
import type { ExtractedText, Linter } from '../server/src/engine';

export type ToolId = 'ours' | 'redact-pii' | 'openredaction' | 'redactpii-node' | 'compromise';
export const TOOL_IDS: ToolId[] = ['ours', 'redact-pii', 'openredaction', 'redactpii-node', 'compromise'];

export const TOOL_LABELS: Record<ToolId, string> = {
  ours: 'assistant-pii-lint (ours)',
  'redact-pii': 'redact-pii 3.4.0',
  openredaction: '@openredaction/openredaction 1.0.4',
  'redactpii-node': '@redactpii/node 1.0.17',
  compromise: 'compromise 14 people()',
};

/** How a tool's answer on one text is read. */
export type Answer = { kind: 'redacted'; output: string } | { kind: 'spans'; spans: { start: number; end: number }[] };

export interface Tool {
  id: ToolId;
  /** Only looks for person names (compromise). */
  namesOnly: boolean;
  /** The tool's answer for one utterance. */
  answer(text: string): Answer;
  /** Whether the tool reports anything on a (clean) utterance: any change for redactors, a finding at warning+ for us. */
  flags(text: string): boolean;
  /** Processes a whole utterance log (the throughput unit). */
  processLog(log: string, lines: readonly string[]): void;
  /** Extra notes, e.g. how our throughput was run. */
  note?: string;
}

function peerRequire(repoRoot: string): NodeRequire {
  return createRequire(join(repoRoot, 'package.json'));
}

function redactor(id: ToolId, redact: (s: string) => string): Tool {
  return {
    id,
    namesOnly: false,
    answer: (text) => ({ kind: 'redacted', output: redact(text) }),
    flags: (text) => redact(text) !== text,
    processLog: (_log, lines) => {
      for (const line of lines) redact(line);
    },
  };
}

/** One utterance as the format layer would hand it over (a single-line utterance log). */
function utteranceText(text: string): ExtractedText {
  return {
    text,
    role: 'utterance',
    path: 'line 1',
    pointer: [0],
    rawStart: 0,
    rawEnd: text.length,
    encoding: 'plain',
    segments: [{ d: 0, r: 0 }],
  };
}

/**
 * Ours. The per-text cache is off (size 0) so repeated sentences cost what new ones cost: the peers have no cache
 * and generated logs repeat sentences.
 */
function ours(): Tool {
  const linter: Linter = createLinter(undefined, { cacheSize: 0 });
  const findings = (text: string) => linter.findingsForText(text, utteranceText(text));
  // Until the format layer extracts utterances, whole-log lint finds nothing to check: fall back to per line.
  const formatReady = parseDocument('hello there\nsecond line\n', { kind: 'utterances' }).texts.length === 2;
  return {
    id: 'ours',
    namesOnly: false,
    answer: (text) => ({ kind: 'spans', spans: findings(text).map((f) => ({ start: f.offset, end: f.offset + f.length })) }),
    flags: (text) => findings(text).some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning),
    processLog: (log, lines) => {
      if (formatReady) linter.lint(log, { kind: 'utterances', path: 'bench.txt' });
      else for (const line of lines) findings(line);
    },
    note: formatReady ? 'whole log through lint() (parse + detect + findings)' : 'per line (format layer not ready)',
  };
}

interface CompromiseDoc {
  people(): { json(opts: { offset: boolean }): { offset: { start: number; length: number } }[]; found: boolean };
}

export function createTool(id: ToolId, repoRoot: string): Tool {
  const req = peerRequire(repoRoot);
  switch (id) {
    case 'ours':
      return ours();
    case 'redact-pii': {
      const { SyncRedactor } = req('redact-pii') as { SyncRedactor: new () => { redact(s: string): string } };
      const r = new SyncRedactor();
      return redactor(id, (s) => r.redact(s));
    }
    case 'openredaction': {
      const { OpenRedaction } = req('@openredaction/openredaction') as {
        OpenRedaction: new () => { detect(s: string): { redacted: string } };
      };
      const r = new OpenRedaction();
      return redactor(id, (s) => r.detect(s).redacted);
    }
    case 'redactpii-node': {
      const { Redactor } = req('@redactpii/node') as { Redactor: new () => { redact(s: string): string } };
      const r = new Redactor();
      return redactor(id, (s) => r.redact(s));
    }
    case 'compromise': {
      const nlp = req('compromise') as (s: string) => CompromiseDoc;
      const people = (s: string) => nlp(s).people().json({ offset: true }).map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
      return {
        id,
        namesOnly: true,
        answer: (text) => ({ kind: 'spans', spans: people(text) }),
        flags: (text) => people(text).length > 0,
        processLog: (_log, lines) => {
          for (const line of lines) nlp(line).people().found;
        },
      };
    }
  }
}
