// Markdown tables for the eval results.
import type { CorpusScore } from './score';

const f2 = (x: number) => x.toFixed(3);

export function markdownReport(scores: CorpusScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    lines.push(`### ${s.corpus} (${s.docs} documents)`);
    lines.push('');
    if (s.flaggedShare !== undefined) {
      lines.push(`Utterances with a finding at warning or above: **${s.flaggedDocs} / ${s.docs} = ${(s.flaggedShare * 100).toFixed(2)}%**`);
      const rules = Object.entries(s.falsePositivesByRule).sort((a, b) => b[1] - a[1]);
      if (rules.length) lines.push(`Findings (info+) by rule: ${rules.map(([r, n]) => `${r} ${n}`).join(', ')}`);
      lines.push('');
      continue;
    }
    lines.push('| type | gold | found | predicted | correct | precision | recall |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const [cls, c] of Object.entries(s.perClass)) {
      lines.push(`| ${cls} | ${c.gold} | ${c.found} | ${c.predicted} | ${c.correct} | ${c.predicted ? f2(c.precision) : '-'} | ${c.gold ? f2(c.recall) : '-'} |`);
    }
    const o = s.overall;
    lines.push(`| **any PII** | ${o.gold} | ${o.found} | ${o.predicted} | ${o.correct} | **${f2(o.precision)}** | **${f2(o.recall)}** |`);
    const rules = Object.entries(s.falsePositivesByRule).sort((a, b) => b[1] - a[1]);
    if (rules.length) lines.push('', `False positives by rule: ${rules.map(([r, n]) => `${r} ${n}`).join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
