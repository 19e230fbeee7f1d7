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
  /** One-character insertions spread through the document's example texts (most texts hold no finding). */
  editMedianMs: number;
  editP90Ms: number;
  edits: number;
  editTimes: number[];
  /** Of those edits, how many the server answered without re-sending diagnostics (status: unchanged). */
  editsUnchanged: number;
  /**
   * Insertions in example texts that hold a finding after the insertion point: the finding moves, so every one
   * of them needs the whole document's diagnostics published again (the worst case of typing inside a text).
   */
  changedEditMedianMs: number;
  changedEditP90Ms: number;
  changedEdits: number;
  changedTimes: number[];
  /** How many of the changed edits were answered with a publish (all of them, for a server that is right). */
  changedEditsPublished: number;
  mode: 'push' | 'pull';
  serverPeakRssMb: number | null;
  /** CPU time per edit (mean over both series) of the server process and of this client, which parses every publish. */
  editServerCpuMs: number | null;
  editClientCpuMs: number;
  /** Bytes the server wrote to stdout per spread edit (mean): publishes of the whole file's diagnostics and statuses. */
  editBytesPerEdit: number;
  /** The same for the changed edits: about one publish of the whole document's diagnostics each. */
  changedEditBytesPerEdit: number;
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

function p90(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)];
}

/** Where edits go in an example string: three characters into its text. */
function editColumn(line: string): number {
  return line.indexOf('"text": "') + 12;
}

/** Places inside example strings on distinct lines, spread through the document. */
function editPositions(lines: string[], count: number): Position[] {
  const candidates: number[] = [];
  lines.forEach((l, i) => {
    if (/^\s*"text": "[^"\\]{6,}/.test(l)) candidates.push(i);
  });
  const out: Position[] = [];
  for (let k = 0; k < count && candidates.length; k++) {
    const line = candidates[Math.floor(((k + 0.5) * candidates.length) / count)];
    out.push({ line, character: editColumn(lines[line]) });
  }
  return out;
}

/** Places in example strings, spread through the document, with a published finding later on the same line. */
function positionsBeforeFindings(lines: string[], starts: Position[], count: number): Position[] {
  const candidates: Position[] = [];
  let lastLine = -1;
  for (const s of starts) {
    if (s.line === lastLine || !/^\s*"text": "[^"\\]{3}/.test(lines[s.line] ?? '')) continue;
    const character = editColumn(lines[s.line]);
    if (s.character < character) continue;
    candidates.push({ line: s.line, character });
    lastLine = s.line;
  }
  const out: Position[] = [];
  for (let k = 0; k < count && candidates.length; k++) out.push(candidates[Math.floor(((k + 0.5) * candidates.length) / count)]);
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
    /** Settled by a status saying the diagnostics the client holds are those of this version (no publish). */
    unchanged?: boolean;
    resolve: (w: Waiter & { doneAt: number }) => void;
  }
  /** Start positions of the last diagnostics published for the document (to place edits that move a finding). */
  let lastStarts: Position[] = [];
  const waiters: Waiter[] = [];
  let useStatus = true;
  const settle = (w: Waiter, doneAt: number) => {
    waiters.splice(waiters.indexOf(w), 1);
    w.resolve({ ...w, doneAt });
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (p.uri !== uri) return;
    const now = nowMs();
    lastStarts = (p.diagnostics as { range: { start: Position } }[]).map((d) => d.range.start);
    for (const w of [...waiters]) {
      if (p.version !== undefined && p.version < w.version) continue;
      w.published = true;
      w.count = p.diagnostics.length;
      if (w.firstAt === undefined && p.diagnostics.length > 0) w.firstAt = now;
      if (!useStatus) settle(w, now);
    }
  });
  conn.onNotification(FileStatusNotification, (p: { uri?: string; version?: number; diagnosticsVersion?: number }) => {
    if (p.uri !== uri) return;
    const now = nowMs();
    for (const w of [...waiters]) {
      if (w.published) settle(w, now);
      // The server validated this version and found the same diagnostics as those of an older version, which
      // this client has already received and parsed: nothing was re-sent.
      else if (p.version !== undefined && p.version >= w.version && p.diagnosticsVersion !== undefined && p.diagnosticsVersion < w.version) {
        w.unchanged = true;
        settle(w, now);
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
    const serverCpu0 = child.pid ? cpuMsOfPid(child.pid) : null;
    const clientCpu0 = process.cpuUsage();
    const bytes0 = stdoutBytes;
    /** Inserts 'x' at each position in turn; the time from didChange to that version's complete diagnostics. */
    const typeAt = async (positions: Position[]) => {
      const out: { ms: number; unchanged: boolean; published: boolean }[] = [];
      for (const pos of positions) {
        version++;
        const wait = pull ? null : diagnosticsFor(version);
        const e0 = nowMs();
        lines[pos.line] = lines[pos.line].slice(0, pos.character) + 'x' + lines[pos.line].slice(pos.character);
        if (incremental) {
          await conn.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }],
          });
        } else {
          doc = lines.join('\n');
          await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: doc }] });
        }
        const done = await Promise.race([withTimeout(wait ?? diagnosticsFor(version), 60_000, `diagnostics for edit ${version}`), died]);
        out.push({ ms: done.doneAt - e0, unchanged: !!done.unchanged, published: done.published });
      }
      return out;
    };
    const spread = await typeAt(editPositions(lines, edits));
    const editBytes = stdoutBytes - bytes0;
    const changed = await typeAt(positionsBeforeFindings(lines, lastStarts, edits));
    const changedBytes = stdoutBytes - bytes0 - editBytes;
    const serverCpu1 = child.pid ? cpuMsOfPid(child.pid) : null;
    const clientCpu = process.cpuUsage(clientCpu0);
    const times = spread.map((e) => e.ms);
    const changedTimes = changed.map((e) => e.ms);
    const typed = spread.length + changed.length;
    const serverPeakRssMb = child.pid ? peakRssOfPidMb(child.pid) : null;
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
      editP90Ms: p90(times),
      edits: times.length,
      editTimes: times,
      editsUnchanged: spread.filter((e) => e.unchanged).length,
      changedEditMedianMs: median(changedTimes),
      changedEditP90Ms: p90(changedTimes),
      changedEdits: changedTimes.length,
      changedTimes,
      changedEditsPublished: changed.filter((e) => e.published).length,
      mode: pull ? 'pull' : 'push',
      serverPeakRssMb,
      editServerCpuMs: serverCpu0 !== null && serverCpu1 !== null && typed ? (serverCpu1 - serverCpu0) / typed : null,
      editClientCpuMs: typed ? (clientCpu.user + clientCpu.system) / 1000 / typed : 0,
      editBytesPerEdit: times.length ? Math.round(editBytes / times.length) : 0,
      changedEditBytesPerEdit: changedTimes.length ? Math.round(changedBytes / changedTimes.length) : 0,
    };
  } finally {
    conn.dispose();
    child.kill();
  }
}
