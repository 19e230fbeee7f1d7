// The checks themselves, shared by every language: a message call must label messages with one valid
// customer id and opt out of IBM's use of log data; a web chat embed must opt out and set a user id.
import type { RawEdit, Severity, StructuralIssue } from '../types';
import { DYNAMIC, type MessageCall, type Span, type Val, type WebChatEmbed } from './model';
import { APP_CODE_RULES, APP_RULE, type AppRuleId } from './rules';

export const METADATA_HEADER = 'X-Watson-Metadata';
export const OPT_OUT_HEADER = 'X-Watson-Learning-Opt-Out';

const RULES = new Map(APP_CODE_RULES.map((r) => [r.id, r]));

export function issue(ruleId: AppRuleId, span: Span, fieldPath: string, message: string, fix?: RawEdit[], severity?: Severity): StructuralIssue {
  const rule = RULES.get(ruleId)!;
  const out: StructuralIssue = {
    ruleId,
    entity: rule.entity,
    category: rule.category,
    severity: severity ?? rule.defaultSeverity,
    confidence: ruleId === APP_RULE.unresolved ? 0.5 : 0.9,
    offset: span.start,
    length: Math.max(0, span.end - span.start),
    fieldPath,
    message,
  };
  if (fix && fix.length > 0) out.fix = fix;
  return out;
}

export type MetadataVerdict =
  | { ok: true }
  | { ok: false; rule: AppRuleId; reason: string };

/**
 * Reads an `X-Watson-Metadata` value (`customer_id=abc`, pairs separated by `;`). Dynamic parts (DYNAMIC) may be
 * anything, so only what is written literally can make the value invalid.
 */
export function judgeMetadata(text: string): MetadataVerdict {
  const segments = text.split(';');
  const ids: number[] = [];
  segments.forEach((s, i) => {
    const eq = s.indexOf('=');
    if (eq >= 0 && s.slice(0, eq).trim().toLowerCase() === 'customer_id') ids.push(i);
  });
  if (ids.length === 0) {
    if (text.includes(DYNAMIC)) return { ok: false, rule: APP_RULE.unresolved, reason: 'built at run time' };
    return { ok: false, rule: APP_RULE.customerIdMissing, reason: 'has no customer_id' };
  }
  if (ids.length > 1) return { ok: false, rule: APP_RULE.customerIdInvalid, reason: 'has more than one customer_id: only the first is used' };
  const first = segments[ids[0]];
  const id = first.slice(first.indexOf('=') + 1);
  if (id.includes('=')) return { ok: false, rule: APP_RULE.customerIdInvalid, reason: 'has a customer id containing “=”' };
  const next = segments[ids[0] + 1];
  if (next !== undefined && next.trim() !== '' && !next.includes('=') && !next.includes(DYNAMIC))
    return { ok: false, rule: APP_RULE.customerIdInvalid, reason: 'has a customer id containing “;”' };
  if (id.trim() === '') return { ok: false, rule: APP_RULE.customerIdMissing, reason: 'has an empty customer_id' };
  return { ok: true };
}

function isTrue(v: Val): boolean | 'unknown' {
  if (v.t === 'bool') return v.value;
  if (v.t === 'str') return v.text.includes(DYNAMIC) ? 'unknown' : v.text.trim().toLowerCase() === 'true';
  return 'unknown';
}

/** Replaces a literal (string or boolean) with the string `true`, keeping the file's quote character. */
function setTrueEdit(raw: string, span: Span | undefined, quote: string): RawEdit[] | undefined {
  if (!span) return undefined;
  const q = raw[span.start] === '"' || raw[span.start] === "'" ? raw[span.start] : quote;
  return [{ offset: span.start, length: span.end - span.start, newText: `${q}true${q}` }];
}

export function checkMessageCall(raw: string, call: MessageCall, fieldPath: string, quote = "'"): StructuralIssue[] {
  const out: StructuralIssue[] = [];
  const meta = call.headers.values.get(METADATA_HEADER.toLowerCase());
  const optOut = call.headers.values.get(OPT_OUT_HEADER.toLowerCase());
  if (!meta && !optOut && call.headers.open) {
    // Nothing readable: one hint rather than two.
    return [issue(APP_RULE.unresolved, call.span, fieldPath, `Could not tell whether ${call.label} sends ${METADATA_HEADER}: customer_id=… and ${OPT_OUT_HEADER}: true (its headers are built where the linter cannot follow them)`)];
  }
  if (!meta) {
    if (call.headers.open)
      out.push(issue(APP_RULE.unresolved, call.span, fieldPath, `Could not tell whether ${call.label} sends ${METADATA_HEADER}: customer_id=… (its headers are built where the linter cannot follow them)`));
    else
      out.push(issue(APP_RULE.customerIdMissing, call.span, fieldPath, `${call.label} sends no ${METADATA_HEADER}: customer_id=… header: messages from this call cannot be deleted per customer`));
  } else if (meta.val.t === 'str') {
    const v = judgeMetadata(meta.val.text);
    if (!v.ok) {
      const span = v.rule === APP_RULE.customerIdInvalid ? (meta.val.span ?? meta.span) : call.span;
      const msg =
        v.rule === APP_RULE.unresolved
          ? `Could not tell whether the ${METADATA_HEADER} header of ${call.label} holds a customer_id (${v.reason})`
          : v.rule === APP_RULE.customerIdMissing
            ? `The ${METADATA_HEADER} header of ${call.label} ${v.reason}: messages from this call cannot be deleted per customer`
            : `The ${METADATA_HEADER} header ${v.reason}: messages are labelled with the wrong customer id`;
      out.push(issue(v.rule, span, fieldPath, msg));
    }
  } else if (meta.val.t !== 'unknown') {
    out.push(issue(APP_RULE.customerIdMissing, call.span, fieldPath, `The ${METADATA_HEADER} header of ${call.label} is not a string with customer_id=…: messages from this call cannot be deleted per customer`));
  }

  if (!optOut) {
    if (call.headers.open || call.clientDefaultsUnknown) {
      const where = call.clientDefaultsUnknown ? 'the client is created in another module (its default headers may set it)' : 'its headers are built where the linter cannot follow them';
      out.push(issue(APP_RULE.unresolved, call.span, fieldPath, `Could not tell whether ${call.label} sends ${OPT_OUT_HEADER}: true (${where})`));
    } else {
      const fix = call.addHeader?.(OPT_OUT_HEADER, 'true');
      out.push(issue(APP_RULE.learningOptOutMissing, call.span, fieldPath, `${call.label} does not send ${OPT_OUT_HEADER}: true: IBM may use its log data to improve the service (Enterprise plans are excluded)`, fix));
    }
  } else if (isTrue(optOut.val) === false) {
    const span = optOut.val.t === 'str' || optOut.val.t === 'bool' ? optOut.val.span : undefined;
    out.push(issue(APP_RULE.learningOptOutMissing, span ?? call.span, fieldPath, `${call.label} sends ${OPT_OUT_HEADER} but not as true: IBM may use its log data to improve the service (Enterprise plans are excluded)`, setTrueEdit(raw, span, quote)));
  }
  return out;
}

export function checkWebChat(chat: WebChatEmbed, fieldPath: string): StructuralIssue[] {
  const out: StructuralIssue[] = [];
  const opts = chat.options;
  if (opts.t !== 'obj') {
    out.push(issue(APP_RULE.unresolved, chat.span, fieldPath, 'Could not read the web chat options: check that they set learningOptOut: true'));
  } else {
    let entry: Val | undefined;
    for (const e of opts.entries) if (e.key === 'learningOptOut') entry = e.value();
    if (!entry) {
      if (opts.open) out.push(issue(APP_RULE.unresolved, chat.span, fieldPath, 'Could not tell whether the web chat options set learningOptOut: true (they are partly built elsewhere)'));
      else out.push(issue(APP_RULE.webChatLearningOptOut, chat.span, fieldPath, 'The web chat options do not set learningOptOut: true: IBM may use the chat\'s log data to improve the service', chat.addOption?.('learningOptOut', 'true')));
    } else if (isTrue(entry) === false) {
      const span = entry.t === 'bool' || entry.t === 'str' ? entry.span : undefined;
      const fix = span ? [{ offset: span.start, length: span.end - span.start, newText: 'true' }] : undefined;
      out.push(issue(APP_RULE.webChatLearningOptOut, span ?? chat.span, fieldPath, 'The web chat sets learningOptOut to false: IBM may use the chat\'s log data to improve the service', fix));
    }
  }
  if (!chat.userIdSet)
    out.push(issue(APP_RULE.webChatUserIdMissing, chat.span, fieldPath, 'This web chat never sets a user id (instance.updateUserID, or an identity token): the web chat passes it as the customer id, so without it messages cannot be deleted per customer'));
  return out;
}
