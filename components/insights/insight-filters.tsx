import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { FilterError, InsightFilters } from "@/lib/insights/filters";

const labelClass = "block text-xs font-medium text-zinc-700 dark:text-zinc-300";

/** The filters as a plain GET form: they live in the URL and work without JavaScript. */
export function InsightFiltersForm({
  filters,
  errors,
  providers,
}: {
  filters: InsightFilters;
  errors: FilterError[];
  providers: string[];
}) {
  const invalid = (field: string) => (errors.some((e) => e.field === field) ? true : undefined);
  return (
    <form method="get" action="/insights" aria-label="Filters" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="insights-from" className={labelClass}>
          From
        </label>
        <TextInput
          id="insights-from"
          name="from"
          type="date"
          inline
          defaultValue={filters.from}
          aria-invalid={invalid("from")}
        />
      </div>
      <div>
        <label htmlFor="insights-to" className={labelClass}>
          To
        </label>
        <TextInput
          id="insights-to"
          name="to"
          type="date"
          inline
          defaultValue={filters.to}
          aria-invalid={invalid("to")}
        />
      </div>
      <div>
        <label htmlFor="insights-provider" className={labelClass}>
          Provider
        </label>
        <Select id="insights-provider" name="provider" inline defaultValue={filters.provider ?? ""}>
          <option value="">Any</option>
          {providers.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="insights-origin" className={labelClass}>
          Origin
        </label>
        <Select id="insights-origin" name="origin" inline defaultValue={filters.origin ?? ""}>
          <option value="">Any</option>
          <option value="own">Our own</option>
          <option value="public">Public</option>
        </Select>
      </div>
      <div>
        <label htmlFor="insights-severity" className={labelClass}>
          Severity
        </label>
        <Select id="insights-severity" name="severity" inline defaultValue={filters.severity ?? ""}>
          <option value="">Any</option>
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value="unrated">Unrated</option>
        </Select>
      </div>
      <Button type="submit">Apply</Button>
      <Link
        href="/insights"
        className="py-1.5 text-sm text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
      >
        Clear
      </Link>
    </form>
  );
}
