/** Highlight ranges over plain text: merged, cut to a snippet, or rendered as HTML with only <mark> unescaped. */

export type Range = [start: number, end: number];

const SNIPPET = 220;

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function highlightHtml(text: string, ranges: Range[]): string {
  let html = "";
  let at = 0;
  for (const [s, e] of ranges) {
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(text.slice(at));
}

/** The window of `text` around the densest run of highlights, cut at spaces, with ranges moved into it. */
export function snippetOf(text: string, ranges: Range[], size = SNIPPET): { text: string; highlights: Range[] } {
  if (text.length <= size) return { text, highlights: ranges };
  let best = 0;
  let bestCount = -1;
  for (const [s] of ranges) {
    const count = ranges.filter(([a, b]) => a >= s && b <= s + size * 0.75).length;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  let start = Math.max(0, best - Math.floor(size * 0.25));
  let end = Math.min(text.length, start + size);
  start = Math.max(0, end - size);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < best) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start && space > (ranges.find(([s]) => s >= best)?.[1] ?? 0)) end = space;
  }
  const prefix = start > 0 ? "… " : "";
  const suffix = end < text.length ? " …" : "";
  const shift = prefix.length - start;
  const highlights = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s + shift, e + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}

export function excerpt(text: string, ranges: Range[], size = 100): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= size) return flat;
  return snippetOf(flat, ranges.length && flat === text ? ranges : [], size).text;
}
