// A local emulator of the documented Watson HTTP contract (IAM token service, Cloud Pak for Data authorize,
// Assistant v1/v2 logs and user_data, Discovery v2 user_data), on 127.0.0.1 and a free port. Tests switch failure
// modes per request and read the request log to assert what was (and was not) sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FilterSyntaxError, matchesFilter, parseFilter } from './filter';
import { TokenIssuer } from './tokens';

export interface EmulatorLog extends Record<string, unknown> {
  log_id: string;
  request_timestamp: string;
  customer_id?: string;
  assistant_id?: string;
  workspace_id?: string;
}

export interface Fault {
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  retryAfter?: string;
  body?: unknown;
  /** Delay before answering (slow responses / timeouts). */
  delayMs?: number;
  /** Only requests whose path contains this (default: every Assistant/Discovery API request). */
  pathIncludes?: string;
  method?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body: string;
  status: number;
}

export interface EmulatorOptions {
  apikeys?: string[];
  cp4dUsers?: { username: string; password?: string; apikey?: string }[];
  instanceId?: string;
  assistantIds?: string[];
  workspaceIds?: string[];
  discoveryInstanceId?: string;
  tokenTtlSeconds?: number;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const watsonError = (res: ServerResponse, status: number, error: string, headers?: Record<string, string>) =>
  json(res, status, { error, code: status }, headers);

export class WatsonEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly discoveryDeletes: string[] = [];
  logs: EmulatorLog[] = [];
  /** Answer pages with `next_url` only, as older service versions did. */
  omitNextCursor = false;
  /** When set, deletes are accepted but only applied by `processDeletes()` (the 24-hour batch window). */
  deferDeletes = false;
  private pendingDeletes: string[] = [];
  private faults: Fault[] = [];
  readonly tokens: TokenIssuer;
  readonly apikeys: Set<string>;
  readonly cp4dUsers: NonNullable<EmulatorOptions['cp4dUsers']>;
  readonly instanceId: string;
  readonly assistantIds: Set<string>;
  readonly workspaceIds: Set<string>;
  readonly discoveryInstanceId: string;
  private port = 0;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  constructor(opts: EmulatorOptions = {}) {
    this.apikeys = new Set(opts.apikeys ?? ['emulator-api-key-0123456789']);
    this.cp4dUsers = opts.cp4dUsers ?? [{ username: 'admin', password: 'cp4d-password-xyz', apikey: 'cp4d-api-key-xyz' }];
    this.instanceId = opts.instanceId ?? 'inst-0001';
    this.assistantIds = new Set(opts.assistantIds ?? ['env-draft-0001']);
    this.workspaceIds = new Set(opts.workspaceIds ?? ['ws-0001']);
    this.discoveryInstanceId = opts.discoveryInstanceId ?? 'disc-0001';
    this.tokens = new TokenIssuer(opts.tokenTtlSeconds ?? 3600);
  }

  static async start(opts?: EmulatorOptions): Promise<WatsonEmulator> {
    const emu = new WatsonEmulator(opts);
    await new Promise<void>((resolve) => emu.server.listen(0, '127.0.0.1', resolve));
    emu.port = (emu.server.address() as AddressInfo).port;
    return emu;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get assistantUrl(): string {
    return `${this.url}/instances/${this.instanceId}`;
  }
  get discoveryUrl(): string {
    return `${this.url}/discovery/instances/${this.discoveryInstanceId}`;
  }
  get cp4dUrl(): string {
    return `${this.url}/icp4d-api`;
  }

  /** Requests to the Assistant/Discovery APIs (not the token services). */
  apiRequests(method?: string): RecordedRequest[] {
    return this.requests.filter((r) => !/\/(identity\/token|v1\/authorize)$/.test(r.path) && (!method || r.method === method));
  }
  tokenRequests(): RecordedRequest[] {
    return this.requests.filter((r) => /\/(identity\/token|v1\/authorize)$/.test(r.path));
  }

  fail(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }
  clearFaults(): void {
    this.faults = [];
  }
  processDeletes(): void {
    for (const id of this.pendingDeletes.splice(0)) this.logs = this.logs.filter((l) => l.customer_id !== id);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      authorization: req.headers.authorization,
      body,
      status: 0,
    };
    this.requests.push(record);
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof res.end>) => {
      record.status = res.statusCode;
      return end(...args);
    }) as typeof res.end;
    try {
      await this.route(record, req, res);
    } catch (e) {
      watsonError(res, 500, `emulator error: ${(e as Error).message}`);
    }
  }

  private async route(r: RecordedRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (r.method === 'POST' && r.path === '/identity/token') return this.iamToken(r, req, res);
    if (r.method === 'POST' && (r.path === '/v1/authorize' || r.path === '/icp4d-api/v1/authorize')) return this.cp4dAuthorize(r, res);

    const fault = this.faults.find((f) => (!f.pathIncludes || r.path.includes(f.pathIncludes)) && (!f.method || f.method === r.method));
    if (fault) {
      if (--fault.times! <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.delayMs) await new Promise((ok) => setTimeout(ok, fault.delayMs));
      if (fault.status < 300) {
        // A slow but otherwise normal answer: fall through to the real handler.
      } else {
        const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
        if (fault.body !== undefined) return json(res, fault.status, fault.body, headers);
        return watsonError(res, fault.status, defaultFaultMessage(fault.status), headers);
      }
    }

    if (!(await this.authorized(r.authorization))) return watsonError(res, 401, 'Unauthorized');
    const disc = /^\/discovery\/instances\/([^/]+)\/v2\/user_data$/.exec(r.path);
    if (disc) return this.discoveryDelete(r, disc[1], res);
    const m = /^\/instances\/([^/]+)(\/v[12]\/.*)$/.exec(r.path);
    if (!m || m[1] !== this.instanceId) return watsonError(res, 404, 'Resource not found');
    if (!r.query.version) return watsonError(res, 400, "Missing required query parameter 'version'");
    const rest = m[2];
    let lm: RegExpExecArray | null;
    if (r.method === 'GET' && (lm = /^\/v2\/assistants\/([^/]+)\/logs$/.exec(rest))) {
      if (!this.assistantIds.has(lm[1])) return watsonError(res, 404, 'Resource not found');
      return this.listLogs(r, res, (l) => l.assistant_id === lm![1], `/v2/assistants/${lm[1]}/logs`);
    }
    if (r.method === 'GET' && (lm = /^\/v1\/workspaces\/([^/]+)\/logs$/.exec(rest))) {
      if (!this.workspaceIds.has(lm[1])) return watsonError(res, 404, 'Resource not found');
      return this.listLogs(r, res, (l) => l.workspace_id === lm![1], `/v1/workspaces/${lm[1]}/logs`);
    }
    if (r.method === 'DELETE' && (rest === '/v2/user_data' || rest === '/v1/user_data')) {
      const id = r.query.customer_id;
      if (!id) return watsonError(res, 400, "Missing required query parameter 'customer_id'");
      if (this.deferDeletes) this.pendingDeletes.push(id);
      else this.logs = this.logs.filter((l) => l.customer_id !== id);
      return json(res, 202, {});
    }
    return watsonError(res, 404, 'Resource not found');
  }

  private async iamToken(r: RecordedRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(r.body);
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return json(res, 400, { errorCode: 'BXNIM0109E', errorMessage: 'Property missing or empty.', context: {} });
    }
    if (form.get('grant_type') !== 'urn:ibm:params:oauth:grant-type:apikey') {
      return json(res, 400, { errorCode: 'BXNIM0109E', errorMessage: 'Unsupported grant type.', context: {} });
    }
    const apikey = form.get('apikey') ?? '';
    if (!this.apikeys.has(apikey)) {
      return json(res, 400, { errorCode: 'BXNIM0415E', errorMessage: 'Provided API key could not be found.', context: { requestId: 'emulator' } });
    }
    const t = await this.tokens.issue('apikey-user');
    return json(res, 200, {
      access_token: t.token,
      refresh_token: 'not_supported',
      token_type: 'Bearer',
      expires_in: t.exp - t.iat,
      expiration: t.exp,
      scope: 'ibm openid',
    });
  }

  private async cp4dAuthorize(r: RecordedRequest, res: ServerResponse): Promise<void> {
    let creds: { username?: string; password?: string; api_key?: string };
    try {
      creds = JSON.parse(r.body);
    } catch {
      return json(res, 400, { _messageCode_: 'bad_request', message: 'Invalid JSON body' });
    }
    const user = this.cp4dUsers.find(
      (u) => u.username === creds.username && ((creds.password && creds.password === u.password) || (creds.api_key && creds.api_key === u.apikey)),
    );
    if (!user) return json(res, 401, { _messageCode_: '401', message: 'Invalid user name or password' });
    const t = await this.tokens.issue(`cp4d-${user.username}`);
    return json(res, 200, { _messageCode_: '200', message: 'Success', token: t.token });
  }

  private async authorized(header: string | undefined): Promise<boolean> {
    if (!header) return false;
    const [scheme, value] = header.split(' ', 2);
    if (/^bearer$/i.test(scheme)) return (await this.tokens.verify(value ?? '')) !== undefined;
    if (/^basic$/i.test(scheme)) {
      const [user, ...pw] = Buffer.from(value ?? '', 'base64').toString('utf8').split(':');
      return user === 'apikey' && this.apikeys.has(pw.join(':'));
    }
    return false;
  }

  private listLogs(r: RecordedRequest, res: ServerResponse, scope: (l: EmulatorLog) => boolean, path: string): void {
    let filter;
    try {
      filter = r.query.filter ? parseFilter(r.query.filter) : undefined;
    } catch (e) {
      if (e instanceof FilterSyntaxError) return watsonError(res, 400, e.message);
      throw e;
    }
    const sort = r.query.sort ?? 'request_timestamp';
    if (sort !== 'request_timestamp' && sort !== '-request_timestamp') return watsonError(res, 400, `Invalid sort "${sort}"`);
    const limit = r.query.page_limit ? Number(r.query.page_limit) : 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) return watsonError(res, 400, 'page_limit must be between 1 and 500');
    let offset = 0;
    if (r.query.cursor) {
      try {
        const c = JSON.parse(Buffer.from(r.query.cursor, 'base64url').toString('utf8'));
        if (c.filter !== (r.query.filter ?? '') || c.sort !== sort) throw new Error('mismatch');
        offset = c.offset;
      } catch {
        return watsonError(res, 400, 'Invalid cursor');
      }
    }
    const all = this.logs
      .filter((l) => scope(l) && (!filter || matchesFilter(l, filter)))
      .sort((a, b) => a.request_timestamp.localeCompare(b.request_timestamp) * (sort.startsWith('-') ? -1 : 1));
    const page = all.slice(offset, offset + limit);
    const pagination: Record<string, unknown> = {};
    if (offset + limit < all.length) {
      const cursor = Buffer.from(JSON.stringify({ offset: offset + limit, filter: r.query.filter ?? '', sort })).toString('base64url');
      if (!this.omitNextCursor) pagination.next_cursor = cursor;
      pagination.next_url = `${path}?${new URLSearchParams({ cursor, version: r.query.version, page_limit: String(limit) })}`;
    }
    json(res, 200, { logs: page, pagination });
  }

  private discoveryDelete(r: RecordedRequest, instance: string, res: ServerResponse): void {
    if (instance !== this.discoveryInstanceId) return watsonError(res, 404, 'Resource not found');
    if (r.method !== 'DELETE') return watsonError(res, 405, 'Method not allowed');
    if (!r.query.version) return watsonError(res, 400, "Missing required query parameter 'version'");
    if (!r.query.customer_id) return watsonError(res, 400, "Missing required query parameter 'customer_id'");
    this.discoveryDeletes.push(r.query.customer_id);
    return json(res, 200, {});
  }
}

function defaultFaultMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Invalid request';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden: the Manager role is required';
    case 404:
      return 'Resource not found';
    case 429:
      return 'Rate limit exceeded';
    default:
      return 'Internal Server Error';
  }
}
