export { maskPreview } from './mask';
export { entityLabel, locationPhrase, findingMessage } from './messages';
export { buildFinding, buildStructuralFinding } from './build';
export { rawOffsetOf, rawRangeOf } from './range';
