// A look at the start of a big textDocument/didOpen while it is still arriving over --stdio. vscode-jsonrpc's
// reader hands a message over once its last byte is in and it is decoded and parsed whole: for a 10 MB file that
// is the transfer (~150-250 ms, paced by the client's writes) plus ~200 ms of decoding, before the server
// sees the document. The start of the document is in the first chunk, though. This watcher follows the message
// framing (Content-Length headers) next to the library's reader, which still reads every message itself, and
// when a big body's first ~48 KB are in and it is a didOpen, hands over the document's uri, version and the
// start of its text, so the top of the file can be linted meanwhile (Validator.previewOpen). Anything it does
// not understand turns it off for good: it never affects how messages are read.
import { StringDecoder } from 'node:string_decoder';
import { parseJson, type JsonHandler } from '../engine/formats/jsonParser';

/** Bodies this long (bytes) are looked at. */
const PEEK_FROM = 1024 * 1024;
/** How much of such a body is read before looking. */
const PEEK_BYTES = 48 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export interface OpenStart {
  uri: string;
  languageId: string;
  version: number;
  /** The first code units of the document's text. */
  text: string;
  /** Length of the whole message body in bytes (the text has at most that many code units). */
  bodyBytes: number;
}

/** Where the walk is: the message object, its params, params.textDocument, or elsewhere. */
const enum At { Doc, Message, Params, TextDocument, Other }

/** Collects method and params.textDocument's members from the start of a message body. */
class EnvelopeReader implements JsonHandler<At> {
  method = '';
  uri = '';
  languageId = '';
  version = NaN;
  /** Raw offset of the text string's body, or -1. */
  textStart = -1;
  constructor(private readonly raw: string) {}
  wantsKeys(at: At): boolean {
    return at !== At.Other;
  }
  beginObject(parent: At, key: string | number): At {
    if (parent === At.Doc) return At.Message;
    if (parent === At.Message && key === 'params') return At.Params;
    if (parent === At.Params && key === 'textDocument') return At.TextDocument;
    return At.Other;
  }
  beginArray(): At {
    return At.Other;
  }
  end(): void {}
  string(at: At, key: string | number, start: number, end: number, esc: boolean): void {
    const value = () => (esc ? (JSON.parse(`"${this.raw.slice(start, end)}"`) as string) : this.raw.slice(start, end));
    if (at === At.Message && key === 'method') this.method = value();
    else if (at === At.TextDocument) {
      if (key === 'uri') this.uri = value();
      else if (key === 'languageId') this.languageId = value();
      else if (key === 'text') this.textStart = start;
    }
  }
  literal(at: At, key: string | number, start: number, end: number): void {
    if (at === At.TextDocument && key === 'version') this.version = Number(this.raw.slice(start, end));
  }
}

/** The didOpen a message body starts with, or null. */
export function openStartOf(body: string, bodyBytes: number): OpenStart | null {
  const envelope = new EnvelopeReader(body);
  parseJson(body, At.Doc, envelope, []);
  if (envelope.method !== 'textDocument/didOpen' || !envelope.uri || envelope.textStart < 0 || !Number.isInteger(envelope.version)) return null;
  // The text runs to its closing quote or to the end of what arrived; a cut never splits an escape.
  let end = envelope.textStart;
  while (end < body.length) {
    const c = body.charCodeAt(end);
    if (c === 0x22) break;
    if (c !== 0x5c) end++;
    else if (end + (body.charCodeAt(end + 1) === 0x75 ? 6 : 2) <= body.length) end += body.charCodeAt(end + 1) === 0x75 ? 6 : 2;
    else break;
  }
  const text = JSON.parse(`"${body.slice(envelope.textStart, end)}"`) as string;
  return { uri: envelope.uri, languageId: envelope.languageId, version: envelope.version, text, bodyBytes };
}

/** Follows the framing of the messages read from a stream and reports the start of each big didOpen once. */
export class OpenPeeker {
  private on = true;
  private header: Buffer = Buffer.alloc(0);
  /** Bytes of the current body still to come, or -1 while reading a header. */
  private bodyLeft = -1;
  private bodyLength = 0;
  /** The start of a big body, until it is looked at. */
  private start: string[] | null = null;
  private startBytes = 0;
  private decoder: StringDecoder | null = null;

  constructor(private readonly onOpenStart: (start: OpenStart) => void) {}

  feed(chunk: Buffer): void {
    if (!this.on) return;
    try {
      this.read(chunk);
    } catch {
      this.on = false;
    }
  }

  private read(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft < 0) {
        const seen = this.header.length;
        const bytes = seen > 0 ? Buffer.concat([this.header, chunk.subarray(at)]) : chunk.subarray(at);
        const end = bytes.indexOf(HEADER_END);
        if (end < 0) {
          if (bytes.length > 4096) this.on = false;
          else this.header = Buffer.from(bytes);
          return;
        }
        at += end + HEADER_END.length - seen;
        this.header = Buffer.alloc(0);
        const m = /(?:^|\r\n)content-length:\s*(\d+)\s*(?:\r\n|$)/i.exec(bytes.toString('ascii', 0, end));
        if (!m) {
          this.on = false;
          return;
        }
        this.bodyLength = this.bodyLeft = Number(m[1]);
        const big = this.bodyLength >= PEEK_FROM;
        this.start = big ? [] : null;
        this.startBytes = 0;
        this.decoder = big ? new StringDecoder('utf8') : null;
        continue;
      }
      const take = Math.min(chunk.length - at, this.bodyLeft);
      if (this.start && this.decoder) {
        this.start.push(this.decoder.write(chunk.subarray(at, at + take)));
        this.startBytes += take;
        if (this.startBytes >= PEEK_BYTES || take === this.bodyLeft) {
          const body = this.start.join('');
          this.start = null;
          this.decoder = null;
          const open = openStartOf(body, this.bodyLength);
          if (open) this.onOpenStart(open);
        }
      }
      this.bodyLeft -= take;
      at += take;
      if (this.bodyLeft === 0) this.bodyLeft = -1;
    }
  }
}
