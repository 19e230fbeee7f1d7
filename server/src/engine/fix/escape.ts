// Escaping of decoded replacement text for the raw encoding of the range it replaces, so a fix never
// breaks the file's syntax (JSON string escapes, CSV quoting).
import type { RawEncoding } from '../types';

/** Escapes decoded replacement text so it can be written into a raw range of the given encoding. */
export function escapeFor(encoding: RawEncoding, text: string): string {
  switch (encoding) {
    case 'json-string':
      // JSON.stringify gives a valid JSON string literal; drop its surrounding quotes.
      return JSON.stringify(text).slice(1, -1);
    case 'csv-quoted':
      return text.replace(/"/g, '""');
    case 'csv-unquoted':
      // An unquoted cell cannot hold a separator, a quote or a line break without changing the row shape.
      return text.replace(/\r\n|[\r\n]/g, ' ').replace(/,/g, ' ').replace(/"/g, "'");
    case 'plain':
    default:
      return text;
  }
}
