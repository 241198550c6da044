import { Markdown } from "@/components/markdown/markdown";
import type { PostmortemPage } from "@/lib/postmortems/queries";

export function Lessons({ pm }: { pm: PostmortemPage }) {
  const columns = [
    { title: "What went well", source: pm.wentWell },
    { title: "What went wrong", source: pm.wentWrong },
    { title: "Where we got lucky", source: pm.gotLucky },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {columns.map((column) => (
        <div key={column.title}>
          <h3 className="mb-1 text-sm font-semibold">{column.title}</h3>
          {column.source ? (
            <Markdown source={column.source} className="prose-sm" />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing recorded.</p>
          )}
        </div>
      ))}
    </div>
  );
}
