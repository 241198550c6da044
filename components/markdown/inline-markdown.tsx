import { cx } from "@/components/ui/cx";
import { renderInlineMarkdown } from "@/lib/markdown/render";

/** A summary on a card or list: inline code and emphasis rendered, links as plain text (the card has its own link). */
export function InlineMarkdown({ source, className }: { source: string; className?: string }) {
  return (
    <p
      className={cx(
        "[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] [&_code]:[overflow-wrap:anywhere] dark:[&_code]:bg-zinc-800",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(source) }}
    />
  );
}
