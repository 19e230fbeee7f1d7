// Rules of the application-code checks (issue 8): where the assistant's message API is called, is every
// message labelled with a customer id (so it can be deleted per customer) and opted out of IBM's use of log
// data? Registered next to the other structural rules, configurable in `.piilintrc.json` like any rule.
import type { Category, Severity } from '../types';

export const APP_RULE = {
  customerIdMissing: 'customer-id-missing',
  customerIdInvalid: 'customer-id-invalid',
  learningOptOutMissing: 'learning-opt-out-missing',
  webChatLearningOptOut: 'webchat-learning-opt-out',
  webChatUserIdMissing: 'webchat-user-id-missing',
  trainingLearningOptOut: 'training-learning-opt-out',
  unresolved: 'app-code-unresolved',
} as const;

export type AppRuleId = (typeof APP_RULE)[keyof typeof APP_RULE];

export interface AppRuleInfo {
  id: AppRuleId;
  entity: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  /** Title of the quick fix, for rules whose findings carry edits. */
  fixTitle?: string;
}

export const APP_CODE_RULES: AppRuleInfo[] = [
  {
    id: APP_RULE.customerIdMissing,
    entity: 'CUSTOMER_ID_LABEL',
    category: 'pii',
    defaultSeverity: 'warning',
    description:
      'Application code calls the assistant\'s /message API (SDK message/messageStateless, fetch, axios, requests, curl) without an `X-Watson-Metadata: customer_id=...` header, so messages from this call cannot be deleted per customer.',
  },
  {
    id: APP_RULE.customerIdInvalid,
    entity: 'CUSTOMER_ID_LABEL',
    category: 'pii',
    defaultSeverity: 'error',
    description:
      'The `X-Watson-Metadata` header has a literal customer id containing `;` or `=`, or more than one `customer_id` (only the first is used), so messages are labelled with the wrong id.',
  },
  {
    id: APP_RULE.learningOptOutMissing,
    entity: 'LEARNING_OPT_OUT',
    category: 'pii',
    defaultSeverity: 'info',
    description:
      'A call of the /message API does not send `X-Watson-Learning-Opt-Out: true`, so IBM may use its log data for general service improvement. Enterprise plans are excluded from that use: turn the rule off there.',
    fixTitle: 'Add the header X-Watson-Learning-Opt-Out: true',
  },
  {
    id: APP_RULE.webChatLearningOptOut,
    entity: 'LEARNING_OPT_OUT',
    category: 'pii',
    defaultSeverity: 'info',
    description:
      'A web chat embed (`watsonAssistantChatOptions` or `loadWatsonAssistantChat`) does not set `learningOptOut: true`, so IBM may use the chat\'s log data for general service improvement.',
    fixTitle: 'Add learningOptOut: true to the web chat options',
  },
  {
    id: APP_RULE.webChatUserIdMissing,
    entity: 'CUSTOMER_ID_LABEL',
    category: 'pii',
    defaultSeverity: 'warning',
    description:
      'A web chat embed never sets a user id (`instance.updateUserID(...)`, or an identity token when security is enabled). The web chat passes the user id as the customer id; without it messages cannot be deleted per customer.',
  },
  {
    id: APP_RULE.trainingLearningOptOut,
    entity: 'LEARNING_OPT_OUT',
    category: 'pii',
    defaultSeverity: 'info',
    description:
      'A skill export has `learning_opt_out` (or `learningOptOut`) set to false, so IBM may use its training data for general service improvement.',
    fixTitle: 'Set learning_opt_out to true',
  },
  {
    id: APP_RULE.unresolved,
    entity: 'APP_CODE',
    category: 'pii',
    defaultSeverity: 'hint',
    description:
      'A call of the assistant whose headers or options are built where the linter cannot follow them (another module, a function parameter, a computed value): check by hand that it sends a customer id and the learning opt-out.',
  },
];

const FIX_TITLES = new Map(APP_CODE_RULES.filter((r) => r.fixTitle).map((r) => [r.id as string, r.fixTitle!]));

/** Title of the quick fix for a finding of this rule, when the rule is one of ours and has one. */
export function appCodeFixTitle(ruleId: string): string | undefined {
  return FIX_TITLES.get(ruleId);
}

const APP_RULE_IDS = new Set<string>(APP_CODE_RULES.map((r) => r.id));

export function isAppCodeRule(ruleId: string): boolean {
  return APP_RULE_IDS.has(ruleId);
}

/** Why an application-code finding matters (hover text). */
export const APP_CODE_WHY =
  "Only messages sent with an `X-Watson-Metadata: customer_id=...` header (for the web chat: a user id) can be deleted when a customer asks (GDPR, `DELETE /user_data`); only the first customer_id counts and it may not contain `;` or `=`. IBM uses log data to improve the service unless each call sends `X-Watson-Learning-Opt-Out: true` (web chat: `learningOptOut: true`); Enterprise plans are excluded.";
