import type { PostmortemPage } from "@/lib/postmortems/queries";

const statusLabel = { open: "Open", in_progress: "In progress", done: "Done", wont_do: "Won't do" } as const;
const statusStyle = {
  open: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  in_progress: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  done: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  wont_do: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
} as const;

export function ActionItems({ items }: { items: PostmortemPage["actionItems"] }) {
  if (items.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No action items were recorded.</p>;
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-baseline gap-2 text-sm">
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusStyle[item.status]}`}>
            {statusLabel[item.status]}
          </span>
          <span className="flex-1">
            {item.link ? (
              <a href={item.link} rel="noreferrer" className="hover:underline">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </span>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            {item.owner ?? "no owner"}
            {item.dueDate ? ` · due ${item.dueDate.toISOString().slice(0, 10)}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
