// Talks to one configured Watson Assistant instance (and its linked Discovery instance) through the official SDK:
// query a customer's logs page by page, delete a customer's data, and check whether logs remain.
import AssistantV1 from 'ibm-watson/assistant/v1';
import AssistantV2 from 'ibm-watson/assistant/v2';
import DiscoveryV2 from 'ibm-watson/discovery/v2';
import { createAuthenticator } from './authenticators';
import { checkInstanceConfig, DEFAULT_API_VERSION, DEFAULT_DISCOVERY_VERSION, type Credentials, type InstanceConfig } from './config';
import { requireCustomerId } from './customerId';
import { CancelledError, WatsonApiError } from './errors';
import { customerIdFilter } from './filter';
import { withRetries, type RetryNotice, type RetryPolicy } from './retry';

export interface ClientOptions {
  /** Per-request timeout (default 60 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Secrets of the linked Discovery instance, if any. */
  discoveryCredentials?: Credentials;
}

export interface QueryProgress {
  page: number;
  fetched: number;
  /** Set while waiting to retry (rate limit or service error). */
  retry?: RetryNotice;
}

export interface QueryOptions {
  signal?: AbortSignal;
  pageLimit?: number;
  /** Stop after this many pages (safety net; default 1000). */
  maxPages?: number;
  onProgress?: (p: QueryProgress) => void;
}

export interface QueryResult {
  customerId: string;
  api: 'v2' | 'v1';
  filter: string;
  logs: unknown[];
  pages: number;
}

/** Proof that a person confirmed this exact id; the delete refuses without it. */
export interface DeleteConfirmation {
  typedCustomerId: string;
}

export interface DeleteResult {
  status: number;
  target: 'assistant' | 'discovery';
}

// Distinct service names keep the SDK from reading ASSISTANT_* settings (e.g. ASSISTANT_ENABLE_RETRIES) on its
// own; the CLI maps those variables explicitly.
const SERVICE_NAME = 'pii_lint_assistant';
const DISCOVERY_SERVICE_NAME = 'pii_lint_discovery';

export class AssistantInstanceClient {
  private readonly v2?: AssistantV2;
  private readonly v1?: AssistantV1;
  private readonly discovery?: DiscoveryV2;
  private readonly timeoutMs: number;

  constructor(
    readonly config: InstanceConfig,
    credentials: Credentials,
    private readonly options: ClientOptions = {},
  ) {
    const check = checkInstanceConfig(config);
    if (check.errors.length) throw new WatsonApiError('config', `Instance "${config.name}": ${check.errors.join(' ')}`);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    const common = { serviceUrl: config.url, timeout: this.timeoutMs, version: config.apiVersion || DEFAULT_API_VERSION };
    const authenticator = createAuthenticator(config, credentials);
    if (config.assistantId) {
      this.v2 = new AssistantV2({ ...common, authenticator, serviceName: SERVICE_NAME });
      this.v2.disableRetries();
    }
    // v1 serves workspace logs when no assistant id is set, and deletes equally well (same instance-wide effect).
    this.v1 = new AssistantV1({ ...common, authenticator, serviceName: SERVICE_NAME });
    this.v1.disableRetries();
    if (config.discovery) {
      const d = config.discovery;
      this.discovery = new DiscoveryV2({
        serviceUrl: d.url,
        version: d.apiVersion || DEFAULT_DISCOVERY_VERSION,
        timeout: this.timeoutMs,
        authenticator: createAuthenticator(d, options.discoveryCredentials ?? {}, 'Discovery'),
        serviceName: DISCOVERY_SERVICE_NAME,
      });
      this.discovery.disableRetries();
    }
  }

  get hasDiscovery(): boolean {
    return this.discovery !== undefined;
  }

  /** All log entries labelled with this customer id, newest first, following `next_cursor` until the end. */
  async queryLogs(rawId: string, opts: QueryOptions = {}): Promise<QueryResult> {
    const customerId = requireCustomerId(rawId);
    const filter = customerIdFilter(customerId);
    const pageLimit = opts.pageLimit ?? 100;
    const maxPages = opts.maxPages ?? 1000;
    const api: 'v2' | 'v1' = this.v2 ? 'v2' : 'v1';
    const logs: unknown[] = [];
    let cursor: string | undefined;
    let page = 0;
    do {
      if (opts.signal?.aborted) throw new CancelledError('Querying the logs');
      page++;
      const current = cursor;
      const ctx = { operation: 'Querying the logs', target: this.logsTarget(), timeoutMs: this.timeoutMs };
      const onRetry = (retry: RetryNotice) => opts.onProgress?.({ page, fetched: logs.length, retry });
      const result = await withRetries(
        async () => {
          const common = { sort: '-request_timestamp', filter, pageLimit, cursor: current, signal: opts.signal };
          if (this.v2) return (await this.v2.listLogs({ assistantId: this.config.assistantId!, ...common })).result;
          return (await this.v1!.listLogs({ workspaceId: this.config.workspaceId!, ...common })).result;
        },
        ctx,
        { policy: this.options.retry, signal: opts.signal, onRetry },
      );
      logs.push(...(Array.isArray(result.logs) ? result.logs : []));
      opts.onProgress?.({ page, fetched: logs.length });
      cursor = result.pagination?.next_cursor || cursorFromNextUrl(result.pagination?.next_url);
    } while (cursor && page < maxPages);
    return { customerId, api, filter, logs, pages: page };
  }

  /** `DELETE /v2/user_data?customer_id=…` (v1 when only a workspace is configured). Any 2xx is success. */
  async deleteUserData(rawId: string, confirmation: DeleteConfirmation, signal?: AbortSignal): Promise<DeleteResult> {
    const customerId = confirmedId(rawId, confirmation);
    const res = await withRetries(
      () => (this.v2 ? this.v2.deleteUserData({ customerId, signal }) : this.v1!.deleteUserData({ customerId, signal })),
      { operation: 'Deleting the customer data', target: this.config.url, timeoutMs: this.timeoutMs },
      { policy: this.options.retry, signal },
    );
    return { status: res.status, target: 'assistant' };
  }

  /** `DELETE /v2/user_data?customer_id=…` on the linked Discovery instance (search queries carry the id too). */
  async deleteDiscoveryUserData(rawId: string, confirmation: DeleteConfirmation, signal?: AbortSignal): Promise<DeleteResult> {
    const customerId = confirmedId(rawId, confirmation);
    if (!this.discovery) throw new WatsonApiError('config', `Instance "${this.config.name}" has no linked Discovery instance.`);
    const discovery = this.discovery;
    const res = await withRetries(
      () => discovery.deleteUserData({ customerId, signal }),
      { operation: 'Deleting the customer data on Discovery', target: this.config.discovery?.url, timeoutMs: this.timeoutMs },
      { policy: this.options.retry, signal },
    );
    return { status: res.status, target: 'discovery' };
  }

  /** Number of log entries still labelled with the id (first page only is enough to answer "any left?"). */
  async countRemaining(rawId: string, signal?: AbortSignal): Promise<number> {
    const r = await this.queryLogs(rawId, { signal, maxPages: 1, pageLimit: 100 });
    return r.logs.length;
  }

  private logsTarget(): string {
    return this.v2 ? `assistant/environment id ${this.config.assistantId}` : `workspace id ${this.config.workspaceId}`;
  }
}

function confirmedId(rawId: string, confirmation: DeleteConfirmation | undefined): string {
  const customerId = requireCustomerId(rawId);
  if (!confirmation || typeof confirmation.typedCustomerId !== 'string' || confirmation.typedCustomerId.trim() !== customerId) {
    throw new WatsonApiError('config', 'Deletion not confirmed: the confirmation must repeat the exact customer id. Nothing was sent.');
  }
  return customerId;
}

/** Older responses carry only `next_url`; take its cursor. */
function cursorFromNextUrl(nextUrl: string | undefined): string | undefined {
  if (!nextUrl) return undefined;
  try {
    return new URL(nextUrl, 'http://placeholder').searchParams.get('cursor') ?? undefined;
  } catch {
    return undefined;
  }
}
