export * from './config';
export { hashValue, normalizeValue } from './hash';
export { compileAllowlist, type Allowlist } from './allowlist';
export { compileUserRegex, type UserRegex } from './userRegex';
export { isIgnoredPath, kindForPath } from './paths';
export { severityFor, structuralSeverity } from './apply';
