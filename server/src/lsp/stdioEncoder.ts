// JSON encoding of outgoing messages for the stdio transport, without a fresh multi-megabyte buffer per message.
// A 10 MB training file publishes ~8,000 diagnostics (~3.5 MB of JSON) after every edit; the library's encoder
// builds the JSON string and then a new Buffer of it each time, and touching that fresh memory (page faults)
// cost more than everything else the server does per keystroke. Here every message is written into one reused
// buffer, and diagnostics that are published again unchanged (the same objects: see DiagnosticCache) are
// copied from the bytes encoded the first time. The bytes are exactly what JSON.stringify would produce.
//
// Reusing the buffer is safe because vscode-jsonrpc's stream writer encodes and writes one message at a time:
// the next encode starts only after the previous write's callback, i.e. after the stream is done with the bytes.
import type { Message } from 'vscode-jsonrpc';

interface PublishMessage {
  jsonrpc: string;
  method: 'textDocument/publishDiagnostics';
  params: { uri: string; version?: number; diagnostics: object[] };
}

function isPublish(msg: Message): msg is Message & PublishMessage {
  const m = msg as Partial<PublishMessage>;
  if (m.method !== 'textDocument/publishDiagnostics' || !m.params || !Array.isArray(m.params.diagnostics)) return false;
  return Object.keys(m.params).every((k) => k === 'uri' || k === 'version' || k === 'diagnostics') && typeof m.params.uri === 'string';
}

export class ReusingJsonEncoder {
  readonly name = 'application/json';
  private buffer = Buffer.allocUnsafeSlow(1 << 20);
  private encoded = new WeakMap<object, Buffer>();

  private reserve(bytes: number): Buffer {
    if (this.buffer.length < bytes) this.buffer = Buffer.allocUnsafeSlow(Math.max(bytes, this.buffer.length * 2));
    return this.buffer;
  }

  private fragment(d: object): Buffer {
    let b = this.encoded.get(d);
    if (!b) this.encoded.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
    return b;
  }

  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(isPublish(msg) ? this.encodePublish(msg) : this.encodeOther(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private encodeOther(msg: Message): Uint8Array {
    const json = JSON.stringify(msg);
    const out = this.reserve(Buffer.byteLength(json, 'utf8'));
    const n = out.write(json, 0, 'utf8');
    return out.subarray(0, n);
  }

  private encodePublish(msg: PublishMessage): Uint8Array {
    const { uri, version, diagnostics } = msg.params;
    // Same key order as the object (jsonrpc, method, params: uri, version?, diagnostics).
    const head =
      `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)}` +
      (version !== undefined ? `,"version":${JSON.stringify(version)}` : '') +
      ',"diagnostics":[';
    const tail = ']}}';
    const parts = diagnostics.map((d) => this.fragment(d));
    let size = Buffer.byteLength(head, 'utf8') + tail.length + Math.max(0, parts.length - 1);
    for (const p of parts) size += p.length;
    const out = this.reserve(size);
    let at = out.write(head, 0, 'utf8');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) out[at++] = 0x2c; // ,
      at += parts[i].copy(out, at);
    }
    at += out.write(tail, at, 'latin1');
    return out.subarray(0, at);
  }
}
