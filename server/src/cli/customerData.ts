// `pii-lint customer-data query|delete`: find or delete one customer's message data on a Watson Assistant instance,
// for scripted GDPR/HIPAA requests. Configuration by flags or the IBM SDK's environment variables; secrets only from
// the environment, never from flags.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import {
  AssistantInstanceClient,
  AUTH_TYPES,
  DEFAULT_API_VERSION,
  deleteCustomerData,
  deletionWarning,
  displayRows,
  formatRows,
  JsonFileLedger,
  maskText,
  validateCustomerId,
  WatsonApiError,
  type AuthSettings,
  type AuthType,
  type Credentials,
  type InstanceConfig,
} from '../../../client/src/instance';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Aborts a running request (the CLI wires SIGINT to it when absent). */
  signal?: AbortSignal;
}

const EXIT_OK = 0;
const EXIT_API = 1;
const EXIT_INPUT = 2;

export const CUSTOMER_DATA_HELP = `Usage:
  pii-lint customer-data query  --customer-id ID [--assistant-id ID | --workspace-id ID] [--json] [--reveal]
  pii-lint customer-data delete --customer-id ID [--assistant-id ID] [--discovery] --yes

Finds or deletes the message logs labelled with one customer id (X-Watson-Metadata: customer_id=...).
A delete removes every message with that id received before now, across the whole instance and all skills;
only data sent through /message with a customer id; processed in batches, up to 24 hours; cannot be undone.

Options:
  --customer-id ID     the customer id (required; no ";" or "=", at most 256 characters)
  --url URL            service URL (or ASSISTANT_URL), e.g. https://api.eu-de.assistant.watson.cloud.ibm.com/instances/<id>
  --assistant-id ID    v2 assistant id; the environment id in the new experience (or ASSISTANT_ASSISTANT_ID)
  --workspace-id ID    v1 workspace id, used when no assistant id is given (or ASSISTANT_WORKSPACE_ID)
  --api-version DATE   API version (default ${DEFAULT_API_VERSION}; or ASSISTANT_API_VERSION)
  --auth-type TYPE     iam | bearerToken | cp4d | basic (or ASSISTANT_AUTH_TYPE)
  --auth-url URL       IAM or Cloud Pak for Data token URL (or ASSISTANT_AUTH_URL)
  --json               print JSON (query: the logs; user text masked unless --reveal)
  --reveal             show the users' message text (masked by default)
  --discovery          delete: also delete on the linked Discovery instance (DISCOVERY_URL, DISCOVERY_AUTH_TYPE, ...)
  --yes                delete: confirm without asking (otherwise you type the id on a terminal)
  --ledger DIR         delete: record the request in DIR/deletion-ledger.json (salted hash of the id)
  --timeout SECONDS    per-request timeout (default 60)

Secrets come only from the environment, as the IBM SDK reads them:
  ASSISTANT_APIKEY, ASSISTANT_BEARER_TOKEN, ASSISTANT_USERNAME, ASSISTANT_PASSWORD (DISCOVERY_* likewise).

Exit codes: 0 success, 1 API error, 2 invalid input or refused confirmation.
`;

class InputError extends Error {}

const SECRET_FLAGS = /^--(api-?key|password|bearer-token|token|secret)(=|$)/i;

function parseAuthType(raw: string | undefined, creds: Credentials, what: string): AuthType {
  if (!raw) {
    if (creds.apikey) return 'iam';
    if (creds.bearerToken) return 'bearerToken';
    throw new InputError(`${what}: no credentials found; set ${what.toUpperCase()}_APIKEY (IAM) or ${what.toUpperCase()}_AUTH_TYPE and its variables.`);
  }
  const found = AUTH_TYPES.find((t) => t.toLowerCase() === raw.toLowerCase());
  if (!found) throw new InputError(`Unknown auth type "${raw}"; use ${AUTH_TYPES.join(', ')}.`);
  return found;
}

/** Reads one service's settings the way the SDK names them: <PREFIX>_URL, _AUTH_TYPE, _APIKEY, ... */
function fromEnv(env: NodeJS.ProcessEnv, prefix: string): { url?: string; auth: Partial<AuthSettings>; creds: Credentials; authType?: string } {
  const v = (k: string) => env[`${prefix}_${k}`] || undefined;
  return {
    url: v('URL'),
    authType: v('AUTH_TYPE'),
    auth: { authUrl: v('AUTH_URL'), username: v('USERNAME') },
    creds: { apikey: v('APIKEY'), bearerToken: v('BEARER_TOKEN'), password: v('PASSWORD') },
  };
}

function buildConfig(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv, withDiscovery: boolean) {
  const a = fromEnv(env, 'ASSISTANT');
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const url = str('url') ?? a.url;
  if (!url) throw new InputError('No service URL: pass --url or set ASSISTANT_URL.');
  const config: InstanceConfig = {
    name: hostOf(url),
    url,
    assistantId: str('assistant-id') ?? env.ASSISTANT_ASSISTANT_ID,
    workspaceId: str('workspace-id') ?? env.ASSISTANT_WORKSPACE_ID,
    apiVersion: str('api-version') ?? env.ASSISTANT_API_VERSION ?? DEFAULT_API_VERSION,
    authType: parseAuthType(str('auth-type') ?? a.authType, a.creds, 'Assistant'),
    authUrl: str('auth-url') ?? a.auth.authUrl,
    username: a.auth.username,
  };
  let discoveryCredentials: Credentials | undefined;
  if (withDiscovery) {
    const d = fromEnv(env, 'DISCOVERY');
    if (!d.url) throw new InputError('--discovery needs DISCOVERY_URL (and DISCOVERY_APIKEY or DISCOVERY_AUTH_TYPE with its variables).');
    config.discovery = { url: d.url, authType: parseAuthType(d.authType, d.creds, 'Discovery'), ...d.auth, apiVersion: env.DISCOVERY_API_VERSION };
    discoveryCredentials = d.creds;
  }
  return { config, credentials: a.creds, discoveryCredentials };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'cli';
  } catch {
    return 'cli';
  }
}

function askLine(io: CliIo, prompt: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  const answer = new Promise<string>((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
  // Listen first, then prompt: an answer may arrive as soon as the prompt is out.
  io.stderr.write(prompt);
  return answer;
}

/** User text masked in raw log JSON unless revealed. */
function maskLogJson(log: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(log)) as { request?: { input?: { text?: unknown } } };
  if (typeof copy.request?.input?.text === 'string') copy.request.input.text = maskText(copy.request.input.text);
  return copy;
}

export async function runCustomerData(argv: string[], io: CliIo): Promise<number> {
  const args = argv[0] === 'customer-data' ? argv.slice(1) : argv;
  const out = (s: string) => io.stdout.write(s);
  const err = (s: string) => io.stderr.write(s);
  const secretFlag = args.find((a) => SECRET_FLAGS.test(a));
  if (secretFlag) {
    err(`pii-lint customer-data: ${secretFlag.split('=')[0]} is not accepted: secrets are never passed as flags (they end up in shell history and process lists). Set ASSISTANT_APIKEY, ASSISTANT_BEARER_TOKEN or ASSISTANT_PASSWORD instead.\n`);
    return EXIT_INPUT;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'customer-id': { type: 'string' },
        url: { type: 'string' },
        'assistant-id': { type: 'string' },
        'workspace-id': { type: 'string' },
        'api-version': { type: 'string' },
        'auth-type': { type: 'string' },
        'auth-url': { type: 'string' },
        json: { type: 'boolean' },
        reveal: { type: 'boolean' },
        discovery: { type: 'boolean' },
        yes: { type: 'boolean' },
        ledger: { type: 'string' },
        timeout: { type: 'string' },
        'store-raw-id': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`pii-lint customer-data: ${(e as Error).message}\n\n${CUSTOMER_DATA_HELP}`);
    return EXIT_INPUT;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    (values.help ? out : err)(CUSTOMER_DATA_HELP);
    return values.help ? EXIT_OK : EXIT_INPUT;
  }
  if (command !== 'query' && command !== 'delete') {
    err(`pii-lint customer-data: unknown command "${command}" (use query or delete).\n`);
    return EXIT_INPUT;
  }
  const idCheck = validateCustomerId(values['customer-id']);
  if (!idCheck.ok) {
    err(`pii-lint customer-data: invalid --customer-id: ${idCheck.message}\n`);
    return EXIT_INPUT;
  }
  const customerId = idCheck.id;

  const ac = new AbortController();
  const onSigint = () => ac.abort();
  const signal = io.signal ?? ac.signal;
  if (!io.signal) process.once('SIGINT', onSigint);
  try {
    const timeout = values.timeout !== undefined ? Number(values.timeout) : 60;
    if (!(timeout > 0)) throw new InputError('--timeout must be a positive number of seconds.');
    const { config, credentials, discoveryCredentials } = buildConfig(values, io.env, command === 'delete' && !!values.discovery);
    let client: AssistantInstanceClient;
    try {
      client = new AssistantInstanceClient(config, credentials, { timeoutMs: timeout * 1000, discoveryCredentials });
    } catch (e) {
      throw new InputError((e as Error).message);
    }

    if (command === 'query') {
      const result = await client.queryLogs(customerId, {
        signal,
        onProgress: (p) => {
          if (p.retry) err(`${p.retry.error.message} Retrying in ${Math.ceil(p.retry.delayMs / 1000)} s...\n`);
        },
      });
      if (values.json) {
        const logs = values.reveal ? result.logs : result.logs.map(maskLogJson);
        out(JSON.stringify({ customerId, api: result.api, count: logs.length, masked: !values.reveal, logs }, null, 2) + '\n');
      } else {
        out(`${result.logs.length} log entr${result.logs.length === 1 ? 'y' : 'ies'} for customer id "${customerId}" (${result.api} logs, newest first${values.reveal ? '' : ', user text masked; --reveal to show'}).\n`);
        if (result.logs.length) out(formatRows(displayRows(result.logs, !!values.reveal)) + '\n');
      }
      return EXIT_OK;
    }

    // delete
    const warning = deletionWarning(customerId, config.name, !!values.discovery);
    if (!values.yes) {
      if (!io.isTTY) {
        err(`pii-lint customer-data: refusing to delete without --yes when no terminal is attached. Nothing was sent.\n`);
        return EXIT_INPUT;
      }
      err(`${warning}\n\n`);
      const typed = (await askLine(io, `Type the customer id to confirm: `)).trim();
      if (typed !== customerId) {
        err('The id you typed does not match. Nothing was deleted.\n');
        return EXIT_INPUT;
      }
    } else {
      err(`${warning}\n`);
    }
    const ledger = typeof values.ledger === 'string' ? new JsonFileLedger(values.ledger) : undefined;
    const outcome = await deleteCustomerData(client, ledger, customerId, { typedCustomerId: customerId }, {
      discovery: !!values.discovery,
      storeRawId: !!values['store-raw-id'],
      signal,
    });
    if (values.json) {
      out(JSON.stringify({ customerId, instance: config.name, assistant: 'requested', discovery: values.discovery ? (outcome.discoveryError ? 'failed' : 'requested') : undefined, error: outcome.discoveryError?.message }, null, 2) + '\n');
    } else {
      out(`Deletion requested for customer id "${customerId}" on ${config.name}. Processing may take up to 24 hours.\n`);
      if (values.discovery && !outcome.discoveryError) out('Deletion requested on the linked Discovery instance.\n');
    }
    if (outcome.ledgerError) err(`Deletion requested, but the ledger could not be written: ${outcome.ledgerError.message}\n`);
    if (outcome.discoveryError) {
      err(`Discovery: ${outcome.discoveryError.message}\n`);
      return EXIT_API;
    }
    return EXIT_OK;
  } catch (e) {
    if (e instanceof InputError) {
      err(`pii-lint customer-data: ${e.message}\n`);
      return EXIT_INPUT;
    }
    if (e instanceof WatsonApiError) {
      err(`pii-lint customer-data: ${e.message}\n`);
      return e.kind === 'config' ? EXIT_INPUT : EXIT_API;
    }
    err(`pii-lint customer-data: ${(e as Error).message}\n`);
    return EXIT_API;
  } finally {
    if (!io.signal) process.removeListener('SIGINT', onSigint);
  }
}
