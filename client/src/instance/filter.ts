// The `filter` parameter of the logs API for one customer id, following the Watson filter syntax:
// `customer_id::value` is an exact match; values with operators, spaces or quotes go inside "..." with `\` escapes.

/** Characters with a meaning in the filter language (operators, grouping, wildcard, escape) or whitespace. */
const NEEDS_QUOTING = /[\s,|():<>!=*"\\~]/;

export function quoteFilterValue(value: string): string {
  if (!NEEDS_QUOTING.test(value)) return value;
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `customer_id::<id>` (exact match); the SDK URL-encodes the whole parameter. */
export function customerIdFilter(customerId: string): string {
  return `customer_id::${quoteFilterValue(customerId)}`;
}
