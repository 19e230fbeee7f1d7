// Maps errors from the IBM SDK (and the network below it) to messages an assistant owner can act on.

export type WatsonErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'cancelled'
  | 'config';

export class WatsonApiError extends Error {
  override name = 'WatsonApiError';
  constructor(
    readonly kind: WatsonErrorKind,
    message: string,
    readonly status?: number,
    /** Milliseconds the service asked us to wait (Retry-After), when it did. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export class CancelledError extends WatsonApiError {
  override name = 'CancelledError';
  constructor(what = 'The operation') {
    super('cancelled', `${what} was cancelled.`);
  }
}

/** Shape of the errors `ibm-cloud-sdk-core` rejects with (see its RequestWrapper.formatError). */
interface SdkError {
  status?: number;
  statusText?: string;
  message?: string;
  result?: unknown;
  headers?: Record<string, unknown>;
  code?: unknown;
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (Array.isArray(value)) value = value[0];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function serviceDetail(err: SdkError): string {
  const r = err.result as Record<string, unknown> | undefined;
  const fromBody = r && (r.error ?? r.errorMessage ?? r.message);
  const text = typeof fromBody === 'string' ? fromBody : err.message;
  if (!text || text === err.statusText) return '';
  // Keep service messages short and on one line.
  return ` (service said: ${text.replace(/\s+/g, ' ').slice(0, 300)})`;
}

/** An IAM token-service rejection (errorCode BXNIM…) rather than an Assistant one. */
function isIamError(err: SdkError): boolean {
  const r = err.result as Record<string, unknown> | undefined;
  return !!r && typeof r.errorCode === 'string' && /^BXNIM/.test(r.errorCode);
}

export interface ErrorContext {
  /** e.g. "Querying the logs" or "Deleting customer data" */
  operation: string;
  /** What the URL/id points at, for 404 messages. */
  target?: string;
  timeoutMs?: number;
}

export function mapSdkError(raw: unknown, ctx: ErrorContext): WatsonApiError {
  if (raw instanceof WatsonApiError) return raw;
  const err = (raw ?? {}) as SdkError;
  const status = typeof err.status === 'number' ? err.status : undefined;
  const detail = serviceDetail(err);
  const op = ctx.operation;
  if (status === undefined) {
    const text = `${err.message ?? ''} ${String(err.statusText ?? '')} ${String(err.code ?? '')}`;
    if (/timeout|ECONNABORTED|ETIMEDOUT/i.test(text)) {
      const secs = ctx.timeoutMs ? ` after ${Math.round(ctx.timeoutMs / 100) / 10} s` : '';
      return new WatsonApiError('timeout', `${op} timed out${secs}. The service may be slow or unreachable; try again later.`);
    }
    if (/canceled|cancelled|ERR_CANCELED/i.test(text)) return new CancelledError(op);
    if (/Access token|not a valid JWT/i.test(text)) {
      return new WatsonApiError('unauthorized', `${op} failed: the token service did not return a usable access token.`);
    }
    const reason = (err.message ?? 'no response').replace(/\s+/g, ' ').slice(0, 200);
    return new WatsonApiError('network', `${op} failed: could not reach the service (${reason}). Check the URL and your network.`);
  }
  if (isIamError(err)) {
    return new WatsonApiError('unauthorized', `${op} failed: the IAM token service rejected the credentials${detail}. Check the API key.`, status);
  }
  if (status === 400) {
    return new WatsonApiError('bad-request', `${op} failed with 400 Bad Request: the service rejected the request, usually the filter or a parameter${detail}.`, status);
  }
  if (status === 401) {
    return new WatsonApiError('unauthorized', `${op} failed with 401 Unauthorized: the credentials were rejected. Check the API key or token; querying logs and deleting user data need the Manager service role.`, status);
  }
  if (status === 403) {
    return new WatsonApiError('forbidden', `${op} failed with 403 Forbidden: these credentials may not do this. Querying logs and deleting user data need the Manager service role on the instance${detail}.`, status);
  }
  if (status === 404) {
    const what = ctx.target ? ` (${ctx.target})` : '';
    return new WatsonApiError('not-found', `${op} failed with 404 Not Found: check the service URL, the instance id and the assistant/environment or workspace id${what}.`, status);
  }
  if (status === 429) {
    const after = parseRetryAfter(err.headers?.['retry-after']);
    const wait = after !== undefined ? ` The service asked to wait ${Math.ceil(after / 1000)} s.` : '';
    return new WatsonApiError('rate-limited', `${op} was rate limited (429 Too Many Requests).${wait} Try again later.`, status, after);
  }
  if (status >= 500) {
    return new WatsonApiError('server', `${op} failed with ${status} ${err.statusText ?? ''}: a service-side error${detail}. Try again later.`.replace(/\s+:/, ':'), status, parseRetryAfter(err.headers?.['retry-after']));
  }
  return new WatsonApiError('bad-request', `${op} failed with ${status}${detail}.`, status);
}
