// Language server entry (bundled to dist/server.js). The transport comes from the command line:
// `--stdio` (the VS Code client, tests, other editors) or `--node-ipc`.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';
import { OpenPeeker } from './openPeek';
import { ReusingJsonEncoder } from './stdioEncoder';

if (process.argv.includes('--stdio')) {
  // Our own stream writer (see stdioEncoder.ts); what the library does for --stdio besides that is repeated
  // here: console output goes to stderr (stdout carries the protocol) and the server ends with its input.
  for (const name of ['log', 'info', 'warn', 'debug'] as const) console[name] = console.error;
  const exit = () => process.exit(0);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: new ReusingJsonEncoder() });
  const server = startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer));
  // The start of a big didOpen is linted while the rest of it arrives (openPeek.ts); the library reads every message.
  const peeker = new OpenPeeker((start) => server.previewOpen(start));
  process.stdin.on('data', (chunk: Buffer) => peeker.feed(chunk));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
