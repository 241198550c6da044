/** "2024-Q3" -> [2024, 3]; null for anything else. */
export function parseQuarter(quarter: string): [number, number] | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Every quarter from `first` to `last` inclusive, so a chart shows the quiet quarters too (empty if either is malformed). */
export function quartersBetween(first: string, last: string): string[] {
  const from = parseQuarter(first);
  const to = parseQuarter(last);
  if (!from || !to) return [];
  const quarters: string[] = [];
  let [year, q] = from;
  while (year * 4 + q <= to[0] * 4 + to[1]) {
    quarters.push(`${year}-Q${q}`);
    if (++q > 4) [year, q] = [year + 1, 1];
  }
  return quarters;
}

/** The quarters of a list of rows, gaps filled, in order. */
export function quarterAxis(quarters: readonly string[]): string[] {
  const sorted = [...new Set(quarters)].filter((q) => parseQuarter(q)).sort();
  return sorted.length ? quartersBetween(sorted[0]!, sorted[sorted.length - 1]!) : [];
}
