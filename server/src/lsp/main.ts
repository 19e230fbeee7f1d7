// Language server entry (bundled to dist/server.js). The transport comes from the command line:
// `--stdio` (tests, other editors) or `--node-ipc` (the VS Code client).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
