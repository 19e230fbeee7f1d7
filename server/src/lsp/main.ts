// Placeholder: language server entry (stdio / IPC).
export {};
