// CPU time of each detector (prefilters included) and of the whole per-text path, over the first N lines of the
// generated 20 MB utterance log. For engine owners working on speed; `npm run bench` measures against peers.
// Usage: npx tsx scripts/speed-detectors.ts [lines=40000] [detector-id substring]
// (generate the log once with `npm run bench -- --quick` or a full bench run; or pass PII_LINT_LOG=path)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderDetectorCost, runDetectorCost } from '../bench/detectorCost';

const candidates = [process.env.PII_LINT_LOG, join(__dirname, '../bench/.generated/full/utterances-20mb.txt'), join(__dirname, '../bench/.generated/quick/utterances-1mb.txt')];
const logFile = candidates.find((p): p is string => !!p && existsSync(p));
if (!logFile) {
  console.error('No generated utterance log: run `npm run bench -- --quick` once (or set PII_LINT_LOG).');
  process.exit(2);
}
const result = runDetectorCost({ task: 'detector-cost', logFile, maxLines: Number(process.argv[2] ?? 40_000) });
const only = process.argv[3];
if (only) result.detectors = result.detectors.filter((d) => d.id.includes(only));
console.log(renderDetectorCost(result));
