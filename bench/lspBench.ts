// The language server over stdio, as an editor drives it: open the 10 MB workspace JSON, wait for its
// diagnostics, then type one character at a time inside example strings and time each edit's diagnostics.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { FileStatusNotification } from '../server/src/lsp/protocol';
import { median, nowMs, peakRssOfPidMb } from './stats';

export interface LspResults {
  bytes: number;
  initializeMs: number;
  /** didOpen to the first published diagnostics that are not empty (the server may publish partial results). */
  firstDiagnosticsMs: number;
  /** didOpen to the complete diagnostics (the server's status notification after its final publish). */
  completeDiagnosticsMs: number;
  firstDiagnosticsCount: number;
  /** Whether the server's status notification marked completion (else the first publish of a version counts). */
  completionByStatus: boolean;
  editMedianMs: number;
  editP90Ms: number;
  edits: number;
  editTimes: number[];
  mode: 'push' | 'pull';
  serverPeakRssMb: number | null;
  /** CPU time per edit (mean over the edits) of the server process and of this client, which parses every publish. */
  editServerCpuMs: number | null;
  editClientCpuMs: number;
  /** Bytes the server wrote to stdout per edit (mean): the publish of the whole file's diagnostics and the status. */
  editBytesPerEdit: number;
}

/** CPU time (user + system) of a process so far, from /proc (Linux); null elsewhere. */
function cpuMsOfPid(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based) → indices 11 and 12 here.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
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
  let stdoutBytes = 0;
  child.stdout.on('data', (d: Buffer) => (stdoutBytes += d.length));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Answer whatever the server asks (configuration, registrations, progress): defaults, as a bare editor would.
  conn.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') return ((params as { items: unknown[] }).items ?? []).map(() => null);
    return null;
  });
  conn.onNotification(() => undefined);
  // A wait for the diagnostics of one version: the first non-empty publish, then completion (status notification).
  interface Waiter {
    version: number;
    firstAt?: number;
    count: number;
    published: boolean;
    resolve: (w: Waiter & { doneAt: number }) => void;
  }
  const waiters: Waiter[] = [];
  let useStatus = true;
  const settle = (w: Waiter, doneAt: number) => {
    waiters.splice(waiters.indexOf(w), 1);
    w.resolve({ ...w, doneAt });
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (p.uri !== uri) return;
    const now = nowMs();
    for (const w of [...waiters]) {
      if (p.version !== undefined && p.version < w.version) continue;
      w.published = true;
      w.count = p.diagnostics.length;
      if (w.firstAt === undefined && p.diagnostics.length > 0) w.firstAt = now;
      if (!useStatus) settle(w, now);
    }
  });
  conn.onNotification(FileStatusNotification, (p: { uri?: string }) => {
    if (p.uri !== uri) return;
    const now = nowMs();
    for (const w of [...waiters]) if (w.published) settle(w, now);
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
    type Done = Waiter & { doneAt: number };
    const diagnosticsFor = (v: number): Promise<Done> => {
      if (pull) {
        return conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then((r) => {
          const count = ((r as { items?: unknown[] }).items ?? []).length;
          const now = nowMs();
          return { version: v, count, published: true, firstAt: now, doneAt: now, resolve: () => undefined };
        });
      }
      return new Promise((resolve) => waiters.push({ version: v, count: 0, published: false, resolve }));
    };

    const o0 = nowMs();
    const firstWait = pull ? null : diagnosticsFor(version);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text: doc } });
    let opened: Done;
    try {
      opened = await Promise.race([withTimeout(firstWait ?? diagnosticsFor(version), 90_000, 'first diagnostics'), died]);
    } catch (e) {
      // No status notification: fall back to publishes alone if there were any.
      const w = waiters.find((x) => x.version === version && x.published);
      if (!w) throw e;
      useStatus = false;
      opened = { ...w, doneAt: nowMs() };
      waiters.splice(waiters.indexOf(w), 1);
    }
    const firstDiagnosticsMs = (opened.firstAt ?? opened.doneAt) - o0;
    const completeDiagnosticsMs = opened.doneAt - o0;

    const lines = doc.split('\n');
    const times: number[] = [];
    const serverCpu0 = child.pid ? cpuMsOfPid(child.pid) : null;
    const clientCpu0 = process.cpuUsage();
    const bytes0 = stdoutBytes;
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
      const done = await Promise.race([withTimeout(wait ?? diagnosticsFor(version), 60_000, `diagnostics for edit ${version}`), died]);
      times.push(done.doneAt - e0);
    }
    const serverCpu1 = child.pid ? cpuMsOfPid(child.pid) : null;
    const clientCpu = process.cpuUsage(clientCpu0);
    const editBytes = stdoutBytes - bytes0;
    const serverPeakRssMb = child.pid ? peakRssOfPidMb(child.pid) : null;
    const sorted = [...times].sort((a, b) => a - b);
    await withTimeout(conn.sendRequest('shutdown'), 5_000, 'shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    return {
      bytes: Buffer.byteLength(text),
      initializeMs,
      firstDiagnosticsMs,
      completeDiagnosticsMs,
      firstDiagnosticsCount: opened.count,
      completionByStatus: useStatus && !pull,
      editMedianMs: median(times),
      editP90Ms: sorted[Math.floor(sorted.length * 0.9)],
      edits: times.length,
      editTimes: times,
      mode: pull ? 'pull' : 'push',
      serverPeakRssMb,
      editServerCpuMs: serverCpu0 !== null && serverCpu1 !== null && times.length ? (serverCpu1 - serverCpu0) / times.length : null,
      editClientCpuMs: times.length ? (clientCpu.user + clientCpu.system) / 1000 / times.length : 0,
      editBytesPerEdit: times.length ? Math.round(editBytes / times.length) : 0,
    };
  } finally {
    conn.dispose();
    child.kill();
  }
}
