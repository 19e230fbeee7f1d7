// The Watson instance module's core (no `vscode` import): shared by the VS Code commands and the CLI.
export * from './regions';
export * from './config';
export * from './customerId';
export * from './filter';
export * from './errors';
export * from './retry';
export * from './authenticators';
export * from './logs';
export * from './client';
export * from './ledger';
export * from './deletion';
