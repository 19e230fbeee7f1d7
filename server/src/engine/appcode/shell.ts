// Shell scripts: `curl` commands posting to a Watson /message URL. A small tokenizer of our own (no maintained
// pure-JS shell parser exists): words with their raw ranges, quoting (single, double, $'...'), backslash
// continuations, comments and command separators; expansions ($VAR, ${...}, $(...), `...`) become DYNAMIC.
import { emptyHeaders, DYNAMIC, type MessageCall, type SourceAnalysis } from './model';
import { isWatsonMessageUrl } from './patterns';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const SEPARATORS = new Set([';', '&', '|', '\n', '(', ')']);

/** Skips a `$(...)` / `${...}` / backquote expansion starting at `i` (the `$` or backquote); returns the index after it. */
function skipExpansion(raw: string, i: number): number {
  // (returns i when the `$` starts no expansion)
  if (raw[i] === '`') {
    const close = raw.indexOf('`', i + 1);
    return close < 0 ? raw.length : close + 1;
  }
  const open = raw[i + 1];
  if (open === '(' || open === '{') {
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < raw.length; j++) {
      if (raw[j] === '\\') j++;
      else if (raw[j] === open) depth++;
      else if (raw[j] === close && --depth === 0) return j + 1;
    }
    return raw.length;
  }
  let j = i + 1;
  if (/[@*#?$!0-9-]/.test(raw[j] ?? '')) return j + 1;
  while (j < raw.length && /[A-Za-z0-9_]/.test(raw[j])) j++;
  return j === i + 1 ? i : j;
}

/** The value of `$NAME` / `${NAME}` when the script assigned NAME a value we know, else DYNAMIC. */
function expand(raw: string, from: number, to: number, vars: Map<string, string>): string {
  const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw.slice(from, to));
  return (m && vars.get(m[1])) ?? DYNAMIC;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Commands of a script, each a list of words. Plain variable assignments are followed into later words. */
export function shellCommands(raw: string): Word[][] {
  const commands: Word[][] = [];
  const vars = new Map<string, string>();
  let cmd: Word[] = [];
  let i = 0;
  const endCommand = () => {
    const words = cmd[0]?.text === 'export' || cmd[0]?.text === 'readonly' ? cmd.slice(1) : cmd;
    if (words.length > 0 && words.every((w) => ASSIGNMENT.test(w.text))) {
      for (const w of words) vars.set(ASSIGNMENT.exec(w.text)![1], w.text.slice(w.text.indexOf('=') + 1));
    }
    if (cmd.length > 0) commands.push(cmd);
    cmd = [];
  };
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\\' && (raw[i + 1] === '\n' || (raw[i + 1] === '\r' && raw[i + 2] === '\n'))) {
      i += raw[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      const nl = raw.indexOf('\n', i);
      i = nl < 0 ? raw.length : nl;
      continue;
    }
    if (SEPARATORS.has(c)) {
      endCommand();
      i++;
      continue;
    }
    // A word: runs until unquoted whitespace or a separator.
    const start = i;
    let text = '';
    while (i < raw.length) {
      const d = raw[i];
      if (d === ' ' || d === '\t' || d === '\r' || SEPARATORS.has(d)) break;
      if (d === '\\') {
        if (raw[i + 1] === '\n') {
          i += 2;
          break;
        }
        text += raw[i + 1] ?? '';
        i += 2;
      } else if (d === "'") {
        const close = raw.indexOf("'", i + 1);
        const end = close < 0 ? raw.length : close;
        text += raw.slice(i + 1, end);
        i = end + 1;
      } else if (d === '$' && raw[i + 1] === "'") {
        const close = raw.indexOf("'", i + 2);
        const end = close < 0 ? raw.length : close;
        text += raw.slice(i + 2, end).replace(/\\(.)/g, '$1');
        i = end + 1;
      } else if (d === '"') {
        i++;
        while (i < raw.length && raw[i] !== '"') {
          if (raw[i] === '\\' && i + 1 < raw.length) {
            text += raw[i + 1] === '\n' ? '' : raw[i + 1];
            i += 2;
          } else if (raw[i] === '$' || raw[i] === '`') {
            const next = skipExpansion(raw, i);
            if (next === i) {
              text += raw[i++];
            } else {
              text += expand(raw, i, next, vars);
              i = next;
            }
          } else text += raw[i++];
        }
        i++;
      } else if (d === '$' || d === '`') {
        const next = skipExpansion(raw, i);
        if (next === i) text += raw[i++];
        else {
          text += expand(raw, i, next, vars);
          i = next;
        }
      } else text += raw[i++];
    }
    cmd.push({ text, start, end: Math.min(i, raw.length) });
  }
  endCommand();
  return commands;
}

/** curl options that take a value (so the value is not mistaken for the URL). */
const WITH_VALUE = new Set([
  '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--json', '-u', '--user', '-o', '--output', '-X', '--request',
  '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form', '-T', '--upload-file',
  '-w', '--write-out', '--connect-timeout', '-m', '--max-time', '--retry', '--cacert', '--cert', '--key', '-x', '--proxy',
  '--oauth2-bearer', '-K', '--config', '--resolve', '--interface',
]);

function curlCall(raw: string, words: Word[]): MessageCall | null {
  let k = 0;
  while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k].text) || words[k].text === 'sudo' || words[k].text === 'command' || words[k].text === 'exec')) k++;
  const curl = words[k];
  if (!curl || !/(^|\/)curl$/.test(curl.text)) return null;
  const headers = emptyHeaders();
  let isMessage = false;
  const addHeader = (w: Word, value: string) => {
    const colon = value.indexOf(':');
    if (colon <= 0) return;
    const name = value.slice(0, colon).trim().toLowerCase();
    headers.values.set(name, { val: { t: 'str', text: value.slice(colon + 1).trim() }, span: { start: w.start, end: w.end } });
  };
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j];
    const t = w.text;
    if (t === '-H' || t === '--header') {
      const v = words[++j];
      if (v) addHeader(v, v.text);
    } else if (t.startsWith('--header=')) addHeader(w, t.slice('--header='.length));
    else if (t.startsWith('-H') && t.length > 2) addHeader(w, t.slice(2));
    else if (t === '--url') {
      const v = words[++j];
      if (v && isWatsonMessageUrl(v.text)) isMessage = true;
    } else if (WITH_VALUE.has(t)) j++;
    else if (t.startsWith('@') || t.startsWith('-')) continue;
    else if (t.includes(DYNAMIC) && !t.includes('/') && t.length <= 2) headers.open = true;
    else if (isWatsonMessageUrl(t)) isMessage = true;
  }
  if (!isMessage) return null;
  const quote = raw.slice(curl.end, words[words.length - 1].end).includes('"') && !raw.slice(curl.end, words[words.length - 1].end).includes("'") ? '"' : "'";
  return {
    span: { start: curl.start, end: curl.end },
    label: 'curl to /message',
    headers,
    clientDefaultsUnknown: false,
    addHeader: (name, value) => [{ offset: curl.end, length: 0, newText: ` -H ${quote}${name}: ${value}${quote}` }],
  };
}

export function analyzeShell(raw: string): SourceAnalysis {
  const calls: MessageCall[] = [];
  for (const words of shellCommands(raw)) {
    const call = curlCall(raw, words);
    if (call) calls.push(call);
  }
  return { calls, webChats: [] };
}
