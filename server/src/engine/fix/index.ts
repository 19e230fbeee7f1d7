// Fix writers: replacement values (synthetic / placeholder / mask), escaping for the raw encoding of the
// replaced range, and safe application of raw edits.
export type FixStrategy = 'synthetic' | 'placeholder' | 'mask';
export const FIX_STRATEGIES: readonly FixStrategy[] = ['synthetic', 'placeholder', 'mask'];

export { createSynthesizer, type Synthesizer } from './synthesizer';
export { placeholderFor, maskValue } from './placeholder';
export { escapeFor } from './escape';
export { applyEdits, normalizeEdits, EditConflictError } from './edits';
