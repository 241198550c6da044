import { Markdown } from "@/components/markdown/markdown";

/** One markdown section of a pattern (Mechanism, How to recognise it, ...), with an honest placeholder when empty. */
export function PatternSection({ id, title, source }: { id: string; title: string; source: string }) {
  return (
    <section aria-labelledby={id} className="scroll-mt-20">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {source.trim() ? (
        <Markdown source={source} className="mt-3" />
      ) : (
        <p className="mt-3 text-sm text-zinc-600 italic dark:text-zinc-400">Not written yet.</p>
      )}
    </section>
  );
}
