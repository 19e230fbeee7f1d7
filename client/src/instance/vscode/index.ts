// Placeholder: VS Code commands for the Watson Assistant instance (configure, query, delete, verify, build id).
import type * as vscode from 'vscode';

export function registerInstanceCommands(_context: vscode.ExtensionContext): void {}
