// Synthetic log entries shaped like the v2 (and v1) logs API returns them.
import type { EmulatorLog } from './server';

let counter = 0;

export function makeLog(opts: {
  customerId?: string;
  text?: string;
  reply?: string;
  assistantId?: string;
  workspaceId?: string;
  at?: Date;
  sessionId?: string;
}): EmulatorLog {
  counter++;
  const at = opts.at ?? new Date(Date.UTC(2024, 0, 1, 0, 0, counter));
  return {
    log_id: `log-${counter}`,
    request: { input: { message_type: 'text', text: opts.text ?? `message ${counter}` } },
    response: { output: { generic: [{ response_type: 'text', text: opts.reply ?? 'How can I help?' }] } },
    assistant_id: opts.assistantId ?? 'env-draft-0001',
    workspace_id: opts.workspaceId ?? 'ws-0001',
    session_id: opts.sessionId ?? `session-${Math.ceil(counter / 3)}`,
    skill_id: 'skill-0001',
    snapshot: 'draft',
    request_timestamp: at.toISOString(),
    response_timestamp: new Date(at.getTime() + 120).toISOString(),
    language: 'en',
    ...(opts.customerId !== undefined ? { customer_id: opts.customerId } : {}),
  };
}

export function makeLogs(customerId: string, n: number, extra: Partial<Parameters<typeof makeLog>[0]> = {}): EmulatorLog[] {
  return Array.from({ length: n }, () => makeLog({ customerId, ...extra }));
}
