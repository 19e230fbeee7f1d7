// `--profile`: runs our full-detection throughput under `node --cpu-prof` and lists the functions with
// the most self time, mapped back to the TypeScript sources through the bundle's source map.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

export function profileDir(repoRoot: string): string {
  const dir = join(repoRoot, 'bench/.generated/profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function sourceMapFor(bundle: string): SourceMap | null {
  const file = `${bundle}.map`;
  if (!existsSync(file)) return null;
  try {
    return new SourceMap(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export interface ProfileSummary {
  file: string;
  hot: HotFunction[];
  /** Self time summed per source file. */
  files: HotFunction[];
  totalMs: number;
}

export function summarizeProfile(dir: string, repoRoot: string, top = 25): ProfileSummary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) throw new Error(`no .cpuprofile written in ${dir}`);
  const file = join(dir, files.sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0]);
  const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; where: string; us: number }>();
  const maps = new Map<string, SourceMap | null>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    total += us;
    const node = byId.get(id);
    if (!node) return;
    const cf = node.callFrame;
    let where = cf.url ? `${cf.url.replace(/^file:\/\//, '')}:${cf.lineNumber + 1}` : '(native)';
    if (cf.url.startsWith('file://') && cf.url.endsWith('.js')) {
      const bundle = cf.url.slice('file://'.length);
      if (!maps.has(bundle)) maps.set(bundle, sourceMapFor(bundle));
      const entry = maps.get(bundle)?.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
      if (entry?.originalSource) {
        const src = entry.originalSource.replace(/^file:\/\//, '');
        // Sources are relative to dist/ where the bundle was built (the profiled copy lives elsewhere).
        where = `${relative(repoRoot, join(repoRoot, 'dist', src))}:${(entry.originalLine ?? 0) + 1}`;
      }
    }
    const name = cf.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const cur = self.get(key) ?? { name, where, us: 0 };
    cur.us += us;
    self.set(key, cur);
  });
  // Idle and unattributed time say nothing about our code: shares are of the rest.
  const active = [...self.values()].filter((h) => h.name !== '(idle)' && h.name !== '(program)');
  const busy = active.reduce((n, h) => n + h.us, 0);
  const hot = active
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((h) => ({ name: h.name, where: h.where, selfMs: h.us / 1000, share: h.us / busy }));
  const perFile = new Map<string, number>();
  for (const h of active) {
    const f = h.where.replace(/:\d+$/, '');
    perFile.set(f, (perFile.get(f) ?? 0) + h.us);
  }
  const byFile = [...perFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([where, us]) => ({ name: '', where, selfMs: us / 1000, share: us / busy }));
  return { file, hot, files: byFile, totalMs: busy / 1000 };
}

export function renderProfile(p: ProfileSummary, mbps: number): string {
  const rows = p.hot.map((h) => `| ${(h.share * 100).toFixed(1)}% | ${h.selfMs.toFixed(0)} | \`${h.name}\` | ${h.where} |`);
  const fileRows = p.files.map((h) => `| ${(h.share * 100).toFixed(1)}% | ${h.selfMs.toFixed(0)} | ${h.where} |`);
  return [
    `Profile of full detection over the utterance log (${mbps.toFixed(2)} MB/s under the profiler), ${(p.totalMs / 1000).toFixed(1)} s of samples (idle excluded); includes warm-up and setup.`,
    '',
    '| self % | self ms | function | source |',
    '|---:|---:|---|---|',
    ...rows,
    '',
    '| self % | self ms | source file |',
    '|---:|---:|---|',
    ...fileRows,
    '',
  ].join('\n');
}

export function writeProfileSummary(dir: string, text: string): string {
  const out = join(dir, 'summary.md');
  writeFileSync(out, text);
  return out;
}
