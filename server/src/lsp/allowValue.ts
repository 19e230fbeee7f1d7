// "Allow this value": adds `{ "hash": ... }` to `allow` in the nearest `.piilintrc.json`, or creates the
// file at the workspace folder root. Edits keep the user's formatting (jsonc-parser).
import { applyEdits, findNodeAtLocation, modify, parseTree, type EditResult } from 'jsonc-parser/lib/esm/main.js';
import { CONFIG_SCHEMA_REF } from './protocol';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export interface AllowEntry {
  hash: string;
  note?: string;
}

/**
 * New config file content holding one allow entry. `$schema` only when the folder has the npm package installed:
 * a reference to a missing file shows as a problem in the editor, and VS Code validates `.piilintrc.json` through
 * the extension's own schema association anyway.
 */
export function newConfigText(entry: AllowEntry, withSchema = false): string {
  const config = withSchema ? { $schema: CONFIG_SCHEMA_REF, allow: [entry] } : { allow: [entry] };
  return JSON.stringify(config, null, 2) + '\n';
}

/** jsonc edits that add the entry to an existing config text; [] when the hash is already there. */
export function allowEntryEdits(text: string, entry: AllowEntry): EditResult {
  const root = parseTree(text);
  if (!root || root.type !== 'object') {
    // Not an object (empty or broken file): replace it wholesale rather than guess.
    return [{ offset: 0, length: text.length, content: newConfigText(entry) }];
  }
  const allow = findNodeAtLocation(root, ['allow']);
  if (allow?.type === 'array') {
    for (const item of allow.children ?? []) {
      const h = findNodeAtLocation(item, ['hash']);
      if (typeof h?.value === 'string' && h.value.toLowerCase() === entry.hash.toLowerCase()) return [];
    }
    return modify(text, ['allow', allow.children?.length ?? 0], entry, { ...FORMAT, isArrayInsertion: true });
  }
  return modify(text, ['allow'], [entry], FORMAT);
}

export function addAllowEntry(text: string, entry: AllowEntry): { text: string; added: boolean } {
  const edits = allowEntryEdits(text, entry);
  return edits.length === 0 ? { text, added: false } : { text: applyEdits(text, edits), added: true };
}
