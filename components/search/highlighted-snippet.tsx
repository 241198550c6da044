import type { Range } from "@/lib/search/snippets";

/** The snippet with its matched ranges in <mark>: built from text and offsets, never from HTML. */
export function HighlightedSnippet({ text, highlights }: { text: string; highlights: Range[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  highlights.forEach(([start, end], index) => {
    if (start < cursor || end <= start) return;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(
      <mark
        key={index}
        className="rounded-sm bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-400/80 dark:text-zinc-950"
      >
        {text.slice(start, end)}
      </mark>,
    );
    cursor = end;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
