import type { PostmortemPage } from "@/lib/postmortems/queries";

export function Factors({ factors }: { factors: PostmortemPage["factors"] }) {
  if (factors.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No contributing factors were recorded.</p>;
  return (
    <ul className="space-y-2">
      {factors.map((factor) => (
        <li key={factor.id} className="flex gap-2 text-sm">
          <span className="mt-0.5 h-fit shrink-0 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700 capitalize dark:bg-zinc-800 dark:text-zinc-300">
            {factor.kind}
          </span>
          <span>{factor.text}</span>
        </li>
      ))}
    </ul>
  );
}
