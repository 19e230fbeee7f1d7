// Word/number tokens with offsets, for the address scanner.

export type TokenKind = 'word' | 'num' | 'nl' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
}

const TOKEN = /(\d{1,8}[A-Za-z]?(?![\p{L}\d]))|(\d[\d\p{L}]*)|([\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?)|(\n)|([^\s\p{L}\p{M}\d])/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const kind: TokenKind = m[1] ? 'num' : m[2] ? (/^\d+(?:st|nd|rd|th)$/i.test(m[2]) ? 'word' : 'punct') : m[3] ? 'word' : m[4] ? 'nl' : 'punct';
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}
