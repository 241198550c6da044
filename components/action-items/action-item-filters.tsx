import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextLink } from "@/components/ui/text-link";
import { actionItemStatusLabel } from "@/lib/action-items/labels";
import type { ActionItemFilters } from "@/lib/validations/action-items";
import { actionItemStatuses } from "@/lib/validations/postmortem";

interface Props {
  filters: ActionItemFilters;
  owners: string[];
  patterns: Array<{ slug: string; name: string }>;
}

const label = "block text-xs font-medium text-zinc-700 dark:text-zinc-300";

/** The filters of /action-items: a GET form, so they are in the address and work without JavaScript. */
export function ActionItemFilterForm({ filters, owners, patterns }: Props) {
  return (
    <form method="get" action="/action-items" className="flex flex-wrap items-end gap-3" role="search">
      <label className={label}>
        Owner
        <Select name="owner" defaultValue={filters.owner ?? ""} className="mt-1" size="sm" inline>
          <option value="">Anyone</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        Status
        <Select name="status" defaultValue={filters.status ?? ""} className="mt-1" size="sm" inline>
          <option value="">Any</option>
          {actionItemStatuses.map((status) => (
            <option key={status} value={status}>
              {actionItemStatusLabel[status]}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        Failure pattern
        <Select name="pattern" defaultValue={filters.pattern ?? ""} className="mt-1 max-w-60" size="sm" inline>
          <option value="">Any</option>
          {patterns.map((pattern) => (
            <option key={pattern.slug} value={pattern.slug}>
              {pattern.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex min-h-8 items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200">
        <input type="checkbox" name="overdue" value="true" defaultChecked={filters.overdue} className="size-4" />
        Overdue only
      </label>
      <Button type="submit" variant="primary" size="sm">
        Filter
      </Button>
      <TextLink href="/action-items" className="min-h-8 content-center text-sm">
        Clear filters
      </TextLink>
    </form>
  );
}
