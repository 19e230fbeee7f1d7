// Regenerates server/src/engine/detectors/health/placeNames.generated.ts (the location detector's city list).
// Usage: npx tsx scripts/gen-place-names.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlaceNames, renderPlaceNamesModule } from '../server/src/engine/detectors/health/placeNamesSource';

const names = buildPlaceNames();
writeFileSync(join(__dirname, '../server/src/engine/detectors/health/placeNames.generated.ts'), renderPlaceNamesModule(names));
console.log(`wrote ${names.length} place names`);
