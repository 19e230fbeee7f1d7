// The format layer: kind detection and extraction of every user-visible text of Watson Assistant training
// data with its exact raw range (UTF-16 offsets into the raw document). Pure and synchronous; nothing here
// throws out of its API. `parseDocument` alone is what the benchmark times as "extraction".
export { detectKind, parseDocument, type ParseOptions } from './parse';
export { toRawOffset, toRawRange } from './offsets';
export { reparseAfterEdit, type ReparseResult } from './incremental';
export { collectsPersonalData } from './privacy';
export type { KindGlobs } from './detect';
export { cloneText } from './lazyText';
