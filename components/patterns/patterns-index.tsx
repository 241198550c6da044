import { CatalogActions } from "@/components/catalog/catalog-actions";
import { PatternList } from "@/components/patterns/pattern-list";
import { EmptyState } from "@/components/ui/empty-state";
import { listPatterns } from "@/lib/patterns/queries";

/** /patterns: every failure pattern, most frequent first. */
export async function PatternsIndex() {
  const patterns = await listPatterns();
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Failure patterns</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Mechanisms that keep causing incidents, most frequent first. Each one links to every postmortem that shows it.
        </p>
        <div className="mt-3">
          <CatalogActions kind="pattern" />
        </div>
      </header>
      {patterns.length === 0 ? (
        <EmptyState>
          No failure patterns yet. Add files under <code>content/patterns/</code> and run{" "}
          <code>npm run content:import</code>.
        </EmptyState>
      ) : (
        <PatternList patterns={patterns} />
      )}
    </div>
  );
}
