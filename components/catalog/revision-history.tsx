import { LocalTime } from "@/components/history/local-time";
import type { CatalogRevisionItem } from "@/lib/catalog/revision-info";

const kindWords: Record<string, string> = {
  import: "imported from a content file",
  create: "created in the app",
  save: "edited in the app",
};

/** A pattern's or limit's revisions, newest first: who wrote each version, when and how. */
export function RevisionHistory({ revisions }: { revisions: CatalogRevisionItem[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold tracking-tight">
        History
      </h2>
      <ol className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        {revisions.map((r) => (
          <li key={r.version}>
            <span className="font-medium">Version {r.version}</span>, {kindWords[r.kind] ?? r.kind}
            {r.author ? ` by ${r.author.name}` : ""}, <LocalTime iso={r.createdAt.toISOString()} />
            {r.note ? ` (${r.note})` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
