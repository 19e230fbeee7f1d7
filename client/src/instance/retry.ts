// Retries with backoff around SDK calls. We do not use the SDK's own `enableRetries` (retry-axios) because its waits
// cannot be cancelled, report no progress, and give up silently when Retry-After exceeds its limit; here each wait
// honours Retry-After, can be cancelled through the AbortSignal, and is reported to the caller.
import { CancelledError, mapSdkError, WatsonApiError, type ErrorContext } from './errors';

export interface RetryPolicy {
  /** Retries after the first attempt, for 429 and 5xx (not 501) and lost connections. */
  maxRetries: number;
  /** First backoff delay; doubles each retry (with jitter) when the service gives no Retry-After. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we are willing to wait; longer asks fail with the rate-limit message. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: WatsonApiError;
}

/** Resolves after `ms`, or rejects with CancelledError as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal, what?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError(what));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError(what));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isRetryable(e: WatsonApiError): boolean {
  if (e.kind === 'rate-limited' || e.kind === 'network') return true;
  return e.kind === 'server' && e.status !== 501;
}

export async function withRetries<T>(
  call: () => Promise<T>,
  ctx: ErrorContext,
  opts: { policy?: Partial<RetryPolicy>; signal?: AbortSignal; onRetry?: (n: RetryNotice) => void } = {},
): Promise<T> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw new CancelledError(ctx.operation);
    try {
      return await call();
    } catch (raw) {
      if (opts.signal?.aborted) throw new CancelledError(ctx.operation);
      const error = mapSdkError(raw, ctx);
      if (!isRetryable(error) || attempt > policy.maxRetries) throw error;
      let delayMs: number;
      if (error.retryAfterMs !== undefined) {
        if (error.retryAfterMs > policy.maxRetryAfterMs) throw error;
        delayMs = error.retryAfterMs;
      } else {
        const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        delayMs = Math.round(exp / 2 + Math.random() * (exp / 2));
      }
      opts.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, opts.signal, ctx.operation);
    }
  }
}
