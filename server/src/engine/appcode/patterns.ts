// Textual facts shared by the front ends: the cheap prefilter, what a Watson /message URL looks like, and the
// parameter names that mark a call as the SDK's message method.
import { DYNAMIC } from './model';

/**
 * A file that mentions none of these cannot call the assistant in a way we could recognise: it is not parsed
 * at all (most source files of an application stop here).
 */
const ASSISTANT_MENTION = /watson|assistant|workspace_?id|\/message/i;

/** What every call we recognise has in its text: a `.message(` / `.messageStateless(` / `.message_stateless(` call, a `/message` URL, or the web chat's `watsonAssistantChatOptions` / `loadWatsonAssistantChat`. */
const CALL_SHAPE = /\.message(?:Stateless|_stateless)?\s*\(|\/message|atsonAssistantChat/;

export function mentionsAssistant(raw: string): boolean {
  return ASSISTANT_MENTION.test(raw) && CALL_SHAPE.test(raw);
}

const MESSAGE_PATH = new RegExp(`/message(?:[?#${DYNAMIC}]|$)`);
const WATSON_PATH = /\/v[12]\/(?:workspaces|assistants)\//;

/** True for a v1/v2 message endpoint (`.../v2/assistants/{id}/sessions/{sid}/message`, `.../v1/workspaces/{id}/message`). */
export function isWatsonMessageUrl(text: string): boolean {
  return MESSAGE_PATH.test(text) && (WATSON_PATH.test(text) || /watson/i.test(text));
}

/** Parameters of the SDKs' message methods that no other `message(...)` API is likely to take. */
// Older Node SDKs (watson-developer-cloud) took the snake_case names.
export const SDK_PARAM_KEYS_JS = new Set(['assistantId', 'workspaceId', 'sessionId', 'environmentId', 'assistant_id', 'workspace_id', 'session_id']);
export const SDK_PARAM_KEYS_PY = new Set(['assistant_id', 'workspace_id', 'session_id', 'environment_id']);

/** The page or file sets the web chat's user id (updateUserID) or uses identity tokens (the id is in the JWT). */
export function mentionsUserId(code: string): boolean {
  return /\bupdateUserID\b|\bidentityToken/.test(code);
}
