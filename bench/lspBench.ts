// The language server over stdio, as an editor drives it: open the 10 MB workspace JSON, wait for its
// diagnostics, then type one character at a time inside example strings and time each edit's diagnostics.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { median, nowMs, peakRssOfPidMb } from './stats';

export interface LspResults {
  bytes: number;
  initializeMs: number;
  firstDiagnosticsMs: number;
  firstDiagnosticsCount: number;
  editMedianMs: number;
  editP90Ms: number;
  edits: number;
  editTimes: number[];
  mode: 'push' | 'pull';
  serverPeakRssMb: number | null;
}

interface Position {
  line: number;
  character: number;
}

/** Places inside example strings on distinct lines, spread through the document. */
function editPositions(text: string, count: number): Position[] {
  const lines = text.split('\n');
  const candidates: number[] = [];
  lines.forEach((l, i) => {
    if (/^\s*"text": "[^"\\]{6,}/.test(l)) candidates.push(i);
  });
  const out: Position[] = [];
  for (let k = 0; k < count && candidates.length; k++) {
    const line = candidates[Math.floor(((k + 0.5) * candidates.length) / count)];
    out.push({ line, character: lines[line].indexOf('"text": "') + 12 });
  }
  return out;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** `server` is the language-server bundle (a snapshot of dist/server.js). */
export async function runLspBench(server: string, file: string, edits: number): Promise<LspResults | { skipped: string }> {
  if (!existsSync(server)) return { skipped: 'dist/server.js not built' };
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).toString();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 10_000) stderr += d.toString();
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Answer whatever the server asks (configuration, registrations, progress): defaults, as a bare editor would.
  conn.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') return ((params as { items: unknown[] }).items ?? []).map(() => null);
    return null;
  });
  conn.onNotification(() => undefined);
  const waiters: { version: number | null; resolve: (n: number) => void }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (p.uri !== uri) return;
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (p.version === undefined || w.version === null || p.version >= w.version) {
        waiters.splice(i, 1);
        w.resolve(p.diagnostics.length);
      }
    }
  });
  conn.listen();
  const died = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr.trim().slice(-300)}`))));
  died.catch(() => undefined); // the exit after our own shutdown is not an error
  try {
    const t0 = nowMs();
    const init = (await Promise.race([
      withTimeout(
        conn.sendRequest('initialize', {
          processId: process.pid,
          rootUri: null,
          workspaceFolders: null,
          capabilities: {
            textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false }, diagnostic: {} },
            workspace: { configuration: true },
          },
        }),
        30_000,
        'initialize',
      ),
      died,
    ])) as { capabilities: { textDocumentSync?: number | { change?: number }; diagnosticProvider?: unknown } };
    const initializeMs = nowMs() - t0;
    await conn.sendNotification('initialized', {});
    const sync = init.capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    const pull = !!init.capabilities.diagnosticProvider;

    let doc = text;
    let version = 1;
    const diagnosticsFor = (v: number): Promise<number> => {
      if (pull) {
        return conn
          .sendRequest('textDocument/diagnostic', { textDocument: { uri } })
          .then((r) => ((r as { items?: unknown[] }).items ?? []).length);
      }
      return new Promise((resolve) => waiters.push({ version: v, resolve }));
    };

    const o0 = nowMs();
    const firstWait = pull ? null : diagnosticsFor(version);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text: doc } });
    const firstCount = await Promise.race([withTimeout(firstWait ?? diagnosticsFor(version), 60_000, 'first diagnostics'), died]);
    const firstDiagnosticsMs = nowMs() - o0;

    const lines = doc.split('\n');
    const times: number[] = [];
    for (const pos of editPositions(text, edits)) {
      version++;
      const wait = pull ? null : diagnosticsFor(version);
      const e0 = nowMs();
      if (incremental) {
        await conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }],
        });
      } else {
        lines[pos.line] = lines[pos.line].slice(0, pos.character) + 'x' + lines[pos.line].slice(pos.character);
        doc = lines.join('\n');
        await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: doc }] });
      }
      await Promise.race([withTimeout(wait ?? diagnosticsFor(version), 30_000, `diagnostics for edit ${version}`), died]);
      times.push(nowMs() - e0);
    }
    const serverPeakRssMb = child.pid ? peakRssOfPidMb(child.pid) : null;
    const sorted = [...times].sort((a, b) => a - b);
    await withTimeout(conn.sendRequest('shutdown'), 5_000, 'shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    return {
      bytes: Buffer.byteLength(text),
      initializeMs,
      firstDiagnosticsMs,
      firstDiagnosticsCount: firstCount,
      editMedianMs: median(times),
      editP90Ms: sorted[Math.floor(sorted.length * 0.9)],
      edits: times.length,
      editTimes: times,
      mode: pull ? 'pull' : 'push',
      serverPeakRssMb,
    };
  } finally {
    conn.dispose();
    child.kill();
  }
}
