// JSON encoding of outgoing messages for the stdio transport, without a fresh multi-megabyte buffer per message.
// A 10 MB training file publishes ~8,000 diagnostics (~3 MB of JSON) after every edit; the library's encoder
// builds the JSON string and then a new Buffer of it each time, and touching that fresh memory (page faults)
// cost more than everything else the server does per keystroke. Here every message is written into one reused
// buffer, and diagnostics that are published again unchanged (the same objects: see DiagnosticCache) are
// copied from the bytes encoded the first time.
//
// The output is pure ASCII: characters past U+007F are written as JSON \u escapes. It parses to exactly the value
// JSON.stringify describes, but a single curly quote in one message would otherwise make the receiving side
// decode the whole payload into a two-byte string and parse that (measured: ~40% more client CPU per publish).
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

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/** JSON text with every code unit past ASCII written as a \u escape (JSON.stringify output has none elsewhere than inside strings). */
export function asciiJson(json: string): string {
  if (!NON_ASCII.test(json)) return json;
  return json.replace(NON_ASCII_ALL, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** JSON.stringify as ASCII. */
function stringify(value: unknown): string {
  return asciiJson(JSON.stringify(value));
}

/** Where each diagnostic's bytes sit in an encoded publish (offsets from the start of the diagnostics array). */
interface EncodedPublish {
  uri: string;
  diagnostics: object[];
  bytes: Buffer;
  /** Offset of the diagnostics array's first byte in `bytes`. */
  arrayAt: number;
  starts: Int32Array;
  ends: Int32Array;
}

export class ReusingJsonEncoder {
  readonly name = 'application/json';
  /** For messages other than publishes. */
  private buffer = Buffer.allocUnsafeSlow(1 << 20);
  /** Publishes alternate between two buffers: the previous publish stays readable while the next is written. */
  private publishBuffers = [Buffer.allocUnsafeSlow(1 << 20), Buffer.allocUnsafeSlow(1 << 20)];
  private nextPublishBuffer = 0;
  private encoded = new WeakMap<object, Buffer>();
  /** The last publish, whose unchanged runs of diagnostics the next publish of the same document copies in one go. */
  private last: EncodedPublish | undefined;

  private reserve(bytes: number): Buffer {
    if (this.buffer.length < bytes) this.buffer = Buffer.allocUnsafeSlow(Math.max(bytes, this.buffer.length * 2));
    return this.buffer;
  }

  private reservePublish(bytes: number): Buffer {
    const i = this.nextPublishBuffer;
    this.nextPublishBuffer = 1 - i;
    const b = this.publishBuffers[i];
    if (b.length >= bytes) return b;
    return (this.publishBuffers[i] = Buffer.allocUnsafeSlow(Math.max(bytes, b.length * 2)));
  }

  private fragment(d: object): Buffer {
    let b = this.encoded.get(d);
    if (!b) this.encoded.set(d, (b = Buffer.from(stringify(d), 'latin1')));
    return b;
  }

  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(isPublish(msg) ? this.encodePublish(msg) : this.encodeOther(msg));
    } catch (e) {
      this.last = undefined;
      return Promise.reject(e);
    }
  }

  private encodeOther(msg: Message): Uint8Array {
    const json = stringify(msg);
    const out = this.reserve(json.length);
    const n = out.write(json, 0, 'latin1');
    return out.subarray(0, n);
  }

  /**
   * A publish: the diagnostics that begin and end the previous publish of the same document, when they are the
   * same objects in the same order (an edit usually changes a few diagnostics in the middle), are copied from
   * its bytes as two runs; the rest is joined from each diagnostic's cached encoding.
   */
  private encodePublish(msg: PublishMessage): Uint8Array {
    const { uri, version, diagnostics } = msg.params;
    // Same key order as the object (jsonrpc, method, params: uri, version?, diagnostics).
    const head =
      `{"jsonrpc":${stringify(msg.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${stringify(uri)}` +
      (version !== undefined ? `,"version":${JSON.stringify(version)}` : '') +
      ',"diagnostics":[';
    const tail = ']}}';
    const n = diagnostics.length;
    const last = this.last?.uri === uri ? this.last : undefined;
    this.last = undefined;
    // Common prefix and suffix with the previous publish (not overlapping in either).
    let prefix = 0;
    let suffix = 0;
    const pn = last ? last.diagnostics.length : 0;
    if (last) {
      const before = last.diagnostics;
      const limit = Math.min(n, pn);
      while (prefix < limit && diagnostics[prefix] === before[prefix]) prefix++;
      while (suffix < limit - prefix && diagnostics[n - 1 - suffix] === before[pn - 1 - suffix]) suffix++;
    }
    const middle: Buffer[] = new Array(n - prefix - suffix);
    let size = head.length + tail.length + Math.max(0, n - 1);
    if (last && prefix > 0) size += last.ends[prefix - 1] - last.starts[0] - (prefix - 1);
    if (last && suffix > 0) size += last.ends[pn - 1] - last.starts[pn - suffix] - (suffix - 1);
    for (let i = prefix; i < n - suffix; i++) size += (middle[i - prefix] = this.fragment(diagnostics[i])).length;

    const out = this.reservePublish(size);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let at = out.write(head, 0, 'latin1');
    const arrayAt = at;
    if (last && prefix > 0) {
      at += last.bytes.copy(out, at, last.arrayAt + last.starts[0], last.arrayAt + last.ends[prefix - 1]);
      starts.set(last.starts.subarray(0, prefix));
      ends.set(last.ends.subarray(0, prefix));
    }
    for (let i = prefix; i < n - suffix; i++) {
      if (i > 0) out[at++] = 0x2c; // ,
      starts[i] = at - arrayAt;
      at += middle[i - prefix].copy(out, at);
      ends[i] = at - arrayAt;
    }
    if (last && suffix > 0) {
      if (n - suffix > 0) out[at++] = 0x2c;
      const from = last.starts[pn - suffix];
      const shift = at - arrayAt - from;
      at += last.bytes.copy(out, at, last.arrayAt + from, last.arrayAt + last.ends[pn - 1]);
      for (let i = 0; i < suffix; i++) {
        starts[n - suffix + i] = last.starts[pn - suffix + i] + shift;
        ends[n - suffix + i] = last.ends[pn - suffix + i] + shift;
      }
    }
    at += out.write(tail, at, 'latin1');
    this.last = { uri, diagnostics: diagnostics.slice(), bytes: out, arrayAt, starts, ends };
    return out.subarray(0, at);
  }
}
