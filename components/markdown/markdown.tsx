import { renderMarkdown } from "@/lib/markdown/render";

/** Sanitised markdown, rendered on the server: no JavaScript reaches the browser for it. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  const html = renderMarkdown(source);
  if (!html) return null;
  return (
    <div
      className={`prose max-w-none prose-zinc dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
