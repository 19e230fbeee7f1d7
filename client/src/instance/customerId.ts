// Customer ids: validation (wherever an id is entered) and builders for the integrations that label messages.

export const CUSTOMER_ID_MAX_LENGTH = 256;

export type IdCheck = { ok: true; id: string } | { ok: false; message: string };

/**
 * Validates a customer id as Watson accepts it in `X-Watson-Metadata: customer_id=...`:
 * trimmed, non-empty, no `;` or `=` (they would split the header), no control characters, at most 256 characters.
 */
export function validateCustomerId(raw: unknown): IdCheck {
  if (typeof raw !== 'string') return { ok: false, message: 'A customer id is required.' };
  const id = raw.trim();
  if (id.length === 0) return { ok: false, message: 'The customer id is empty.' };
  if (id.includes(';') || id.includes('=')) {
    return { ok: false, message: 'A customer id cannot contain ";" or "=" (Watson reads them as header separators).' };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(id)) {
    return { ok: false, message: 'The customer id contains control characters (tabs, line breaks...); remove them.' };
  }
  if (id.length > CUSTOMER_ID_MAX_LENGTH) {
    return { ok: false, message: `The customer id is ${id.length} characters long; the limit is ${CUSTOMER_ID_MAX_LENGTH}.` };
  }
  return { ok: true, id };
}

/** Throws with the validation message; for code paths that must never continue with a bad id. */
export function requireCustomerId(raw: unknown): string {
  const check = validateCustomerId(raw);
  if (!check.ok) throw new InvalidCustomerIdError(check.message);
  return check.id;
}

export class InvalidCustomerIdError extends Error {
  override name = 'InvalidCustomerIdError';
}

const SLACK_TEAM = /^T[A-Z0-9]{8,}$/;
const SLACK_MEMBER = /^[UW][A-Z0-9]{8,}$/;

/** Slack: `slack_` + team id (T…) + member id (U… or W…), e.g. `slack_T09LVDR7YW4F8K9JNF`. */
export function slackCustomerId(teamId: string, memberId: string): IdCheck {
  const team = teamId.trim();
  const member = memberId.trim();
  if (!SLACK_TEAM.test(team)) {
    return { ok: false, message: `"${team}" does not look like a Slack team id (T followed by 8 or more capital letters or digits, e.g. T09LVDR7Y).` };
  }
  if (!SLACK_MEMBER.test(member)) {
    return { ok: false, message: `"${member}" does not look like a Slack member id (U or W followed by 8 or more capital letters or digits, e.g. W4F8K9JNF).` };
  }
  return validateCustomerId(`slack_${team}${member}`);
}

/** Intercom: `intercom_` + the `id` of the message author (the Intercom user id). */
export function intercomCustomerId(userId: string): IdCheck {
  const id = userId.trim();
  if (!id) return { ok: false, message: 'The Intercom user id is empty.' };
  if (/^intercom_/.test(id)) return { ok: false, message: 'Enter the Intercom user id without the "intercom_" prefix.' };
  if (/\s/.test(id)) return { ok: false, message: 'An Intercom user id has no spaces.' };
  return validateCustomerId(`intercom_${id}`);
}

/** Web chat passes its `user_id` through unchanged as the customer id. */
export function webChatCustomerId(userId: string): IdCheck {
  return validateCustomerId(userId);
}

export type IdSource = 'slack' | 'intercom' | 'webchat' | 'custom';

export function buildCustomerId(source: IdSource, parts: { teamId?: string; memberId?: string; userId?: string }): IdCheck {
  switch (source) {
    case 'slack':
      return slackCustomerId(parts.teamId ?? '', parts.memberId ?? '');
    case 'intercom':
      return intercomCustomerId(parts.userId ?? '');
    case 'webchat':
      return webChatCustomerId(parts.userId ?? '');
    case 'custom':
      return validateCustomerId(parts.userId ?? '');
  }
}
