// Markdown tables and the pass/fail bars from one run's results.
import { appCodeAdded } from './appcodeBench';
import type { CliResults } from './cliBench';
import type { LspResults } from './lspBench';
import type { OursExtraResult } from './oursExtra';
import { medianProcessCpu, processList } from './processes';
import type { Bar, BenchResults } from './results';
import { ratio } from './score';
import type { ToolResult } from './toolRun';
import { TOOL_IDS, TOOL_LABELS, type ToolId } from './tools';

const fmt = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));
const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(2)}%` : 'n/a');
const ms = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v < 10 ? `${v.toFixed(3)} ms` : `${v.toFixed(0)} ms`);

/** The memory probe's figures (memoryProbe.ts), when the run recorded them. */
function probe(m: BenchResults['machine']): string {
  if (m.memoryProbeStartMs === undefined || m.memoryProbeEndMs === undefined) return '';
  return `memory probe ${m.memoryProbeStartMs.toFixed(0)} ms at start, ${m.memoryProbeEndMs.toFixed(0)} ms at end (lower is faster) · `;
}

export function isOk<T extends object>(v: T | { error: string } | { skipped: string } | null | undefined): v is T {
  return !!v && !('error' in v) && !('skipped' in v);
}

function why(v: { error: string } | { skipped: string } | object | null | undefined): string {
  if (!v) return 'not run';
  if ('error' in v) return `error: ${v.error}`;
  if ('skipped' in v) return `skipped: ${v.skipped}`;
  return '';
}

export function toolResult(r: BenchResults, id: ToolId): ToolResult | null {
  const t = r.tools[id];
  return isOk<ToolResult>(t) ? t : null;
}

/** Recall on a corpus as the tool is compared: all scored types, or names only for a names-only tool. */
function recallOf(t: ToolResult, corpus: string, namesOnly: boolean): number {
  const s = t.recall[corpus];
  return ratio(namesOnly ? s?.names : s?.all);
}

export function computeBars(r: BenchResults): Bar[] {
  const bars: Bar[] = [];
  const ours = toolResult(r, 'ours');
  const rp = toolResult(r, 'redact-pii');
  if (ours && rp) {
    const x = ours.throughput.cpuMbps / rp.throughput.cpuMbps;
    const xw = ours.throughput.mbps / rp.throughput.mbps;
    const xm = medianProcessCpu(ours.throughput) / medianProcessCpu(rp.throughput);
    bars.push({ name: 'full detection MB/s vs redact-pii (CPU time, best process; wall clock, then median processes in brackets)', value: `${fmt(x, 1)}x (${fmt(xw, 1)}x; ${fmt(xm, 1)}x)`, target: '>= 5x', met: x >= 5 });
  }
  if (ours) {
    const t = ours.throughput;
    bars.push({ name: 'full detection MB/s per core (CPU time, best process; wall clock, then median process in brackets)', value: `${fmt(t.cpuMbps)} (${fmt(t.mbps)}; ${fmt(medianProcessCpu(t))})`, target: '>= 25', met: t.cpuMbps >= 25 });
    for (const c of r.corpora) {
      const beaten: string[] = [];
      const lost: string[] = [];
      for (const id of TOOL_IDS) {
        const peer = toolResult(r, id);
        if (id === 'ours' || !peer) continue;
        const namesOnly = id === 'compromise';
        if (namesOnly && c.goldNames === 0) continue;
        const a = recallOf(ours, c.id, namesOnly);
        const b = recallOf(peer, c.id, namesOnly);
        (a > b ? beaten : lost).push(namesOnly ? `${id} ${fmt(b)} vs ours ${fmt(a)} on names` : `${id} ${fmt(b)}`);
      }
      bars.push({
        name: `recall on ${c.id} higher than every peer`,
        value: `ours ${fmt(recallOf(ours, c.id, false))}${lost.length ? `; not above: ${lost.join(', ')}` : ''}`,
        target: 'higher than each peer',
        met: lost.length === 0,
      });
    }
    if (rp && ours.banking && rp.banking) {
      const a = ours.banking.flagged / ours.banking.total;
      const b = rp.banking.flagged / rp.banking.total;
      bars.push({ name: 'banking77 utterances flagged vs redact-pii', value: `${pct(a)} vs ${pct(b)}`, target: 'lower', met: a < b });
    }
  }
  if (isOk<OursExtraResult>(r.ours)) {
    for (const e of r.ours.extraction) {
      bars.push({ name: `extraction only, ${e.kind} (${fmt(e.bytes / 1e6, 1)} MB; CPU time, best process; wall in brackets)`, value: `${fmt(e.cpuMbps, 1)} (${fmt(e.mbps, 1)}) MB/s`, target: '>= 100 MB/s', met: e.cpuMbps >= 100 });
    }
    bars.push({ name: 'one 200-char utterance, median latency', value: ms(r.ours.latency.medianMs), target: '< 0.2 ms', met: r.ours.latency.medianMs < 0.2 });
  }
  if (isOk<CliResults>(r.cli)) {
    bars.push({ name: 'CLI cold start (--version)', value: ms(r.cli.coldStartMs), target: '< 300 ms', met: r.cli.coldStartMs < 300 });
    const w1 = r.cli.runs['files-w1'];
    const w2 = r.cli.runs['files-w2'];
    if (w1 && w2) {
      const x = w1.medianMs / w2.medianMs;
      bars.push({ name: 'CLI many files: 2 workers vs 1', value: `${fmt(x)}x`, target: '>= 1.7x', met: x >= 1.7 });
    }
    const app = appCodeAdded(r.cli);
    if (app) {
      // --workers 1: CPU time is the time on an idle machine, and it does not swing with other load like wall time.
      const added = app.cpuS ?? app.wallS;
      bars.push({ name: `CLI time added by ${app.files} source files, app code (CPU time; wall clock in brackets)`, value: `${fmt(app.cpuS)} s (${fmt(app.wallS)} s)`, target: '< 2 s for 1,000', met: app.files >= 1000 ? added < 2 : null });
    }
    const big = r.cli.runs['stream-large'];
    const rss = big?.measures[0]?.peakRssMb;
    if (big && rss !== null && rss !== undefined && !big.measures[0].error) {
      bars.push({ name: `CLI peak RSS streaming the ${fmt(big.bytes / 1e6, 0)} MB log`, value: `${fmt(rss, 0)} MB`, target: '< 200 MB', met: rss < 200 });
    }
  }
  if (isOk<LspResults>(r.lsp)) {
    bars.push({
      name: `LSP first diagnostics, ${fmt(r.lsp.bytes / 1e6, 0)} MB JSON (complete in brackets)`,
      value: `${ms(r.lsp.firstDiagnosticsMs)} (${ms(r.lsp.completeDiagnosticsMs)})`,
      target: '< 1000 ms',
      met: r.lsp.firstDiagnosticsMs < 1000,
    });
    bars.push({ name: `LSP edit-to-diagnostics median, ${fmt(r.lsp.bytes / 1e6, 0)} MB JSON`, value: ms(r.lsp.editMedianMs), target: '< 50 ms', met: r.lsp.editMedianMs < 50 });
    // Not the issue's bar (its edits are spread through the file), shown so the worst case is never hidden.
    bars.push({ name: 'LSP edit-to-diagnostics median, worst case (edit before a finding: full re-publish)', value: ms(r.lsp.changedEditMedianMs), target: '< 50 ms', met: r.lsp.changedEditMedianMs < 50 });
  }
  return bars;
}

function peersTable(r: BenchResults): string[] {
  const head = ['tool', 'MB/s (CPU)', 'MB/s (wall)', 'MB/s (CPU) per process', 'first pass MB/s (CPU)', ...r.corpora.map((c) => `recall ${c.id}`), 'banking77 flagged', 'peak RSS MB'];
  const rows = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const id of TOOL_IDS) {
    const t = r.tools[id];
    if (!t) continue;
    if (!isOk<ToolResult>(t)) {
      rows.push(`| ${TOOL_LABELS[id]} | ${why(t)} |${' |'.repeat(head.length - 2)}`);
      continue;
    }
    const namesOnly = id === 'compromise';
    const recalls = r.corpora.map((c) => {
      const s = t.recall[c.id];
      if (!s) return 'n/a';
      if (namesOnly) return s.names.total ? `${fmt(ratio(s.names))} (names)` : '—';
      return fmt(ratio(s.all));
    });
    const bank = t.banking ? pct(t.banking.flagged / t.banking.total) : 'n/a';
    const first = t.throughput.firstPass ? fmt(t.throughput.firstPass.cpuMbps) : 'n/a';
    rows.push(`| ${TOOL_LABELS[id]} | ${fmt(t.throughput.cpuMbps)} | ${fmt(t.throughput.mbps)} | ${processList(t.throughput)} | ${first} | ${recalls.join(' | ')} | ${bank} | ${fmt(t.peakRssMb, 0)} |`);
  }
  return rows;
}

function namesTable(r: BenchResults): string[] {
  const corpora = r.corpora.filter((c) => c.goldNames > 0);
  const head = ['tool', ...corpora.map((c) => `names recall ${c.id}`)];
  const rows = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const id of TOOL_IDS) {
    const t = toolResult(r, id);
    if (t) rows.push(`| ${TOOL_LABELS[id]} | ${corpora.map((c) => fmt(ratio(t.recall[c.id]?.names))).join(' | ')} |`);
  }
  return rows;
}

function oursTable(r: BenchResults): string[] {
  const rows = ['| measure | value |', '|---|---:|'];
  const ours = toolResult(r, 'ours');
  if (ours) {
    const t = ours.throughput;
    rows.push(`| full detection, one core (sample ${fmt(t.sampleBytes / 1e6, 1)} MB of the log; best of ${t.processes?.length ?? 1} processes): CPU time / wall clock | ${fmt(t.cpuMbps)} / ${fmt(t.mbps)} MB/s |`);
    if (t.processes && t.processes.length > 1) rows.push(`| same, CPU time in each process | ${processList(t)} MB/s |`);
    if (t.firstPass) rows.push(`| same, first pass over the sample (V8 still compiling; CPU includes its compiler threads): CPU time / wall clock | ${fmt(t.firstPass.cpuMbps)} / ${fmt(t.firstPass.mbps)} MB/s |`);
  }
  if (isOk<OursExtraResult>(r.ours)) {
    for (const e of r.ours.extraction) {
      const each = e.cpuMbpsPerProcess && e.cpuMbpsPerProcess.length > 1 ? ` (best of ${e.cpuMbpsPerProcess.map((x) => fmt(x, 1)).join(' / ')})` : '';
      rows.push(`| extraction only, ${e.kind}, ${fmt(e.bytes / 1e6, 1)} MB (${e.texts} texts): CPU time${each} / wall clock | ${fmt(e.cpuMbps, 1)} / ${fmt(e.mbps, 1)} MB/s |`);
    }
    const l = r.ours.latency;
    rows.push(`| one 200-char utterance through lint(): median / p95 (n=${l.n}) | ${ms(l.medianMs)} / ${ms(l.p95Ms)} |`);
  } else rows.push(`| extraction and latency | ${why(r.ours)} |`);
  if (isOk<CliResults>(r.cli)) {
    rows.push(`| CLI cold start \`node dist/cli.js --version\`, median of spawns | ${ms(r.cli.coldStartMs)} |`);
    rows.push(`| same-run baseline \`node -e 0\` | ${ms(r.cli.nodeBaselineMs)} |`);
    for (const run of Object.values(r.cli.runs)) {
      const err = run.measures.find((m) => m.error)?.error;
      const rss = Math.max(...run.measures.map((m) => m.peakRssMb ?? NaN));
      rows.push(
        err && !Number.isFinite(run.medianMs)
          ? `| CLI ${run.label} | ${err.slice(0, 120)} |`
          : `| CLI ${run.label} (${fmt(run.bytes / 1e6, 1)} MB; ${run.measures[0]?.files ?? '?'} files linted, ${run.measures[0]?.findings ?? '?'} findings) | ${fmt(run.medianMs / 1000)} s, ${fmt(run.mbps, 1)} MB/s, CPU ${fmt(run.measures[0]?.cpuS)} s, peak RSS ${fmt(rss, 0)} MB |`,
      );
    }
  } else rows.push(`| CLI | ${why(r.cli)} |`);
  if (isOk<LspResults>(r.lsp)) {
    rows.push(`| LSP initialize | ${ms(r.lsp.initializeMs)} |`);
    rows.push(`| LSP didOpen to first (non-empty) diagnostics, ${fmt(r.lsp.bytes / 1e6, 1)} MB JSON | ${ms(r.lsp.firstDiagnosticsMs)} |`);
    rows.push(`| LSP didOpen to complete diagnostics (${r.lsp.firstDiagnosticsCount} diagnostics${r.lsp.completionByStatus ? ', end marked by the server status notification' : ''}) | ${ms(r.lsp.completeDiagnosticsMs)} |`);
    rows.push(`| LSP one-character edit to diagnostics, edits spread through example texts: median / p90 (${r.lsp.edits} edits, ${r.lsp.mode}; ${r.lsp.editsUnchanged} answered "unchanged" by the status notification; ${fmt(r.lsp.editBytesPerEdit / 1e3, 0)} kB written per edit) | ${ms(r.lsp.editMedianMs)} / ${ms(r.lsp.editP90Ms)} |`);
    rows.push(`| LSP one-character edit before a finding (the whole document's diagnostics re-published): median / p90 (${r.lsp.changedEdits} edits, ${r.lsp.changedEditsPublished} published; ${fmt(r.lsp.changedEditBytesPerEdit / 1e6, 1)} MB written per edit) | ${ms(r.lsp.changedEditMedianMs)} / ${ms(r.lsp.changedEditP90Ms)} |`);
    if (r.lsp.editServerCpuMs !== null) rows.push(`| LSP CPU per edit: server / bench client (parses every publish) | ${ms(r.lsp.editServerCpuMs)} / ${ms(r.lsp.editClientCpuMs)} |`);
    rows.push(`| LSP server peak RSS | ${fmt(r.lsp.serverPeakRssMb, 0)} MB |`);
  } else rows.push(`| LSP | ${why(r.lsp)} |`);
  return rows;
}

function barsTable(bars: Bar[]): string[] {
  const rows = ['| bar | value | target | met |', '|---|---|---|---|'];
  for (const b of bars) rows.push(`| ${b.name} | ${b.value} | ${b.target} | ${b.met === null ? '?' : b.met ? 'yes' : '**no**'} |`);
  return rows;
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${m.date} · ${m.nproc} cores (\`nproc\`) · ${m.cpu} · Node ${m.node} · ${m.os} · ${m.memGb} GB RAM · load average ${m.loadStart.toFixed(1)} at start, ${m.loadEnd.toFixed(1)} at end · ${probe(m)}${r.quick ? '**quick run**' : 'full run'} in ${Math.round(r.durationS)} s`;
}

export function renderMarkdown(r: BenchResults): string {
  const corpusLines = r.corpora.map((c) => `- \`${c.id}\`: ${c.title}, ${c.texts} texts, ${c.gold} gold spans scored (${c.scored}), ${c.goldNames} of them names.`);
  return [
    `Machine: ${machineLine(r)}`,
    '',
    '### Side by side (same process type, same inputs)',
    '',
    ...peersTable(r),
    '',
    ...namesTable(r),
    '',
    '### Our engine, CLI and language server',
    '',
    ...oursTable(r),
    '',
    '### Bars',
    '',
    ...barsTable(r.bars),
    '',
    '### Corpora',
    '',
    ...corpusLines,
    '',
    '### Method',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
