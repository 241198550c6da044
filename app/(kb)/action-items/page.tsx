import type { Metadata } from "next";

import { ActionItemFilterForm } from "@/components/action-items/action-item-filters";
import { ActionItemsTable } from "@/components/action-items/action-items-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";
import { listActionItemOwners, listActionItems } from "@/lib/action-items/queries";
import { canEdit } from "@/lib/auth/roles";
import { requireReaderPage } from "@/lib/auth/current-user";
import { listPatterns } from "@/lib/patterns/queries";
import { actionItemFiltersSchema, actionItemFilterNames, noActionItemFilters } from "@/lib/validations/action-items";
import { safeParseParameters } from "@/lib/validations/format-issues";

// Per reader (drafts' items are for authors and above) and per query: rendered per request, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Action items" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActionItemsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const reader = await requireReaderPage("/action-items");
  const query = Object.fromEntries(
    actionItemFilterNames.map((name) => [name, Array.isArray(raw[name]) ? raw[name][0] : raw[name]]),
  );
  const parsed = safeParseParameters(query, actionItemFiltersSchema);
  const filters = "error" in parsed ? noActionItemFilters : parsed.data;
  const [items, owners, patterns] = await Promise.all([
    "error" in parsed ? [] : listActionItems(reader, filters),
    listActionItemOwners(reader),
    listPatterns(),
  ]);
  const overdue = items.filter((item) => item.overdue).length;

  return (
    <div className="space-y-5">
      <section>
        <h1 className="text-2xl font-semibold tracking-tight">Action items</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          What the postmortems said would be done, across every incident: overdue first, then by due date and priority.
          Overdue: due before today (UTC) and still open or in progress.
        </p>
      </section>
      <ActionItemFilterForm filters={filters} owners={owners} patterns={patterns} />
      {"error" in parsed ? (
        <ErrorAlert>{parsed.error.message}</ErrorAlert>
      ) : items.length ? (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
            {items.length} action {items.length === 1 ? "item" : "items"}
            {overdue ? `, ${overdue} overdue` : ""}
          </p>
          <ActionItemsTable items={items} editable={canEdit(reader?.role)} />
        </>
      ) : (
        <EmptyState>No action item matches these filters.</EmptyState>
      )}
    </div>
  );
}
