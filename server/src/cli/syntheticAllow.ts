// Synthetic values that --fix wrote and that the detectors would still flag (realistic fake names, addresses...)
// are recorded as salted hashes in the governing config's allow-list, so the next run is clean without ever
// storing a value. Comments and layout of the config are kept (jsonc-parser edits).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { applyEdits, modify, parse } from 'jsonc-parser/lib/esm/main.js';

export interface AllowAddition {
  hash: string;
  entity: string;
}

/** Adds hash entries that are not there yet; creates the file when missing. Returns how many were added. */
export function addSyntheticHashes(configPath: string, additions: AllowAddition[]): number {
  let text = existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{\n  "allow": []\n}\n';
  const data = (parse(text, [], { allowTrailingComma: true }) ?? {}) as { allow?: unknown[] };
  const present = new Set(
    (Array.isArray(data.allow) ? data.allow : []).map((e) => (e && typeof e === 'object' && 'hash' in e ? String((e as { hash: unknown }).hash).toLowerCase() : '')),
  );
  if (!Array.isArray(data.allow)) text = applyEdits(text, modify(text, ['allow'], [], { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  let added = 0;
  for (const a of additions) {
    if (!/^[0-9a-f]{64}$/.test(a.hash) || present.has(a.hash)) continue;
    present.add(a.hash);
    const entry = { hash: a.hash, note: `synthetic ${a.entity} written by pii-lint --fix` };
    text = applyEdits(text, modify(text, ['allow', -1], entry, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } }));
    added++;
  }
  if (added > 0) writeFileSync(configPath, text, 'utf8');
  return added;
}
