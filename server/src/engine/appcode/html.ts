// HTML pages (the web chat embed snippet, or pages calling the API): every inline script is analysed as
// JavaScript at its place in the page. htmlparser2 gives the raw offsets of each script's content.
import type * as Htmlparser2 from 'htmlparser2';
import { analyzeJs } from './js/analyze';
import type { SourceAnalysis } from './model';
import { mentionsAssistant, mentionsUserId } from './patterns';

let htmlparser2: typeof Htmlparser2 | undefined;

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/babel', 'application/ecmascript', 'text/ecmascript']);

/** Offsets [start, end) of the inline scripts' contents. */
export function inlineScripts(raw: string): { start: number; end: number }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  htmlparser2 ??= require('htmlparser2') as typeof Htmlparser2;
  const out: { start: number; end: number }[] = [];
  let start = -1;
  const parser: Htmlparser2.Parser = new htmlparser2.Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'script') return;
        const type = (attribs.type ?? '').trim().toLowerCase();
        start = attribs.src === undefined && JS_TYPES.has(type) ? parser.endIndex + 1 : -1;
      },
      onclosetag(name) {
        if (name === 'script' && start >= 0 && parser.startIndex >= start) out.push({ start, end: parser.startIndex });
        if (name === 'script') start = -1;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();
  return out;
}

export function analyzeHtml(raw: string): SourceAnalysis {
  const result: SourceAnalysis = { calls: [], webChats: [] };
  const userIdSet = mentionsUserId(raw);
  for (const s of inlineScripts(raw)) {
    const code = raw.slice(s.start, s.end);
    if (!mentionsAssistant(code)) continue;
    const found = analyzeJs(code, 'js', s.start, userIdSet);
    result.calls.push(...found.calls);
    result.webChats.push(...found.webChats);
    if (found.unparsable && !result.unparsable) result.unparsable = { start: s.start, end: s.start };
  }
  return result;
}
