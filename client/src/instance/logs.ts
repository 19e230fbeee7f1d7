// A readable view of v1/v2 log entries, with user text masked unless the caller asks to reveal it.

export interface LogRow {
  logId: string;
  time: string;
  session: string;
  customerId?: string;
  userText: string;
  assistantText: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v && typeof v === 'object' ? (v as Json) : {};
}

function textsOf(output: Json): string[] {
  const out: string[] = [];
  for (const g of Array.isArray(output.generic) ? output.generic : []) {
    const item = obj(g);
    if (typeof item.text === 'string') out.push(item.text);
    for (const v of Array.isArray(item.values) ? item.values : []) if (typeof obj(v).text === 'string') out.push(obj(v).text as string);
  }
  // Legacy v1 `output.text` is a string array or a string.
  if (out.length === 0) {
    if (Array.isArray(output.text)) out.push(...output.text.filter((t): t is string => typeof t === 'string'));
    else if (typeof output.text === 'string') out.push(output.text);
  }
  return out;
}

/** Flattens one v2 or v1 log entry into the columns we show. */
export function toLogRow(entry: unknown): LogRow {
  const log = obj(entry);
  const request = obj(log.request);
  const response = obj(log.response);
  const input = obj(request.input);
  const context = obj(request.context ?? response.context);
  const session =
    (typeof log.session_id === 'string' && log.session_id) ||
    (typeof context.conversation_id === 'string' && context.conversation_id) ||
    '';
  return {
    logId: String(log.log_id ?? ''),
    time: String(log.request_timestamp ?? ''),
    session,
    customerId: typeof log.customer_id === 'string' ? log.customer_id : undefined,
    userText: typeof input.text === 'string' ? input.text : '',
    assistantText: textsOf(obj(response.output)).join(' / '),
  };
}

/** Replaces every non-space character with a bullet: keeps the shape of the message, hides its content. */
export function maskText(text: string): string {
  return text.replace(/\S/gu, '•');
}

export function displayRows(logs: readonly unknown[], reveal: boolean): LogRow[] {
  return logs.map((l) => {
    const row = toLogRow(l);
    return reveal ? row : { ...row, userText: maskText(row.userText) };
  });
}

/** Plain-text table for terminals and read-only documents. */
export function formatRows(rows: readonly LogRow[]): string {
  const lines = rows.map((r) => `${r.time}  session ${r.session || '-'}\n  user:      ${r.userText || '(no text)'}\n  assistant: ${r.assistantText || '(no text)'}`);
  return lines.join('\n');
}
