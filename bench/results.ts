// The shape of bench/results.json.
import type { CliResults } from './cliBench';
import type { LspResults } from './lspBench';
import type { OursExtraResult } from './oursExtra';
import type { ToolResult } from './toolRun';
import type { ToolId } from './tools';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  os: string;
  memGb: number;
  /** 1-minute load average at the start and end of the run: other work on the machine skews timings. */
  loadStart: number;
  loadEnd: number;
  /** CPU ms of memoryProbe.ts at the start and end of the run: higher means the machine's memory was slower. */
  memoryProbeStartMs?: number;
  memoryProbeEndMs?: number;
}

export interface CorpusInfo {
  id: string;
  title: string;
  scored: string;
  texts: number;
  gold: number;
  goldNames: number;
}

export interface Bar {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
}

export interface BenchResults {
  machine: Machine;
  quick: boolean;
  durationS: number;
  inputs: Record<string, { path: string; bytes: number }>;
  corpora: CorpusInfo[];
  tools: Partial<Record<ToolId, ToolResult | { error: string }>>;
  ours: OursExtraResult | { error: string } | null;
  cli: CliResults | { skipped: string } | { error: string } | null;
  lsp: LspResults | { skipped: string } | { error: string } | null;
  bars: Bar[];
  notes: string[];
}
