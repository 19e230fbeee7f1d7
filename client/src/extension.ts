// Placeholder: VS Code client entry.
export function activate(): void {}
export function deactivate(): void {}
