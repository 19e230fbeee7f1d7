import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestExtraction, medianProcessCpu, processList, withBestProcess } from '../../bench/processes';
import type { ToolResult } from '../../bench/toolRun';

function throughput(cpuMbps: number, mbps: number, firstPass?: { mbps: number; cpuMbps: number }): ToolResult['throughput'] {
  return { mbps, cpuMbps, sampleBytes: 1000, runs: 5, runMs: [], cpuMs: [], firstPass };
}

const full: ToolResult = {
  tool: 'ours',
  initMs: 1,
  baselineRssMb: 40,
  throughput: throughput(8.5, 8.7, { mbps: 2, cpuMbps: 1.4 }),
  recall: {},
  banking: { flagged: 1, total: 100 },
  peakRssMb: 180,
};

test('the best process by CPU time is reported; the full process keeps its first pass, recall and RSS', () => {
  const r = withBestProcess(full, [throughput(13.9, 13.1), throughput(9.2, 12)]);
  assert.equal(r.throughput.cpuMbps, 13.9);
  assert.equal(r.throughput.mbps, 13.1);
  assert.deepEqual(r.throughput.firstPass, { mbps: 2, cpuMbps: 1.4 });
  assert.equal(r.peakRssMb, 180);
  assert.deepEqual(r.banking, { flagged: 1, total: 100 });
  assert.deepEqual(r.throughput.processes?.map((p) => p.cpuMbps), [8.5, 13.9, 9.2]);
  assert.equal(processList(r.throughput), '8.50 / 13.90 / 9.20');
  assert.equal(medianProcessCpu(r.throughput), 9.2);
});

test('with one process the figures are that process\'s own', () => {
  const r = withBestProcess(full, []);
  assert.equal(r.throughput.cpuMbps, 8.5);
  assert.equal(medianProcessCpu(r.throughput), 8.5);
  assert.equal(processList(full.throughput), '8.50');
});

test('extraction figures come from the best process per kind, every process listed', () => {
  const e = (kind: 'utterances' | 'dialog', cpuMbps: number) => ({ file: 'f', kind, bytes: 1, mbps: cpuMbps, cpuMbps, texts: 1, problems: 0, runMs: [] });
  const latency = { medianMs: 0.05, p95Ms: 0.8, n: 500, findingsPerUtterance: 1 };
  const r = bestExtraction({ extraction: [e('utterances', 95), e('dialog', 120)], latency }, [
    { extraction: [e('utterances', 126), e('dialog', 101)], latency: { ...latency, medianMs: 9 } },
  ]);
  assert.deepEqual(r.extraction.map((x) => [x.kind, x.cpuMbps, x.cpuMbpsPerProcess]), [
    ['utterances', 126, [95, 126]],
    ['dialog', 120, [120, 101]],
  ]);
  assert.equal(r.latency.medianMs, 0.05);
});
