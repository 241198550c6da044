import type { ReactNode } from "react";

import { statusLabel } from "@/components/postmortem/status-badge";
import { buttonClass } from "@/components/ui/button-class";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { textLinkClass } from "@/components/ui/text-link-class";
import type { PostmortemIndexOptions } from "@/lib/postmortems/postmortem-index";
import {
  defaultDirection,
  indexHref,
  type IndexFilterName,
  type PostmortemIndexQuery,
} from "@/lib/validations/postmortem-index";
import { postmortemStatuses, severities } from "@/lib/validations/postmortem";

function Field({ name, label, children }: { name: IndexFilterName; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <div className="mt-1">{children}</div>
    </div>
  );
}

function Choice({
  name,
  value,
  options,
}: {
  name: IndexFilterName;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""} size="sm">
      <option value="">Any</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * A GET form: submitting it loads /postmortems with the filters in the URL
 * (page 1, the same sort), with or without JavaScript.
 */
export function IndexFilterForm({
  query,
  options,
  showStatus,
}: {
  query: PostmortemIndexQuery;
  options: PostmortemIndexOptions;
  showStatus: boolean;
}) {
  const f = query.filters;
  return (
    <form
      method="get"
      action="/postmortems"
      aria-label="Filter postmortems"
      // Off: on Back the browser would put back the values chosen before, which the list shown does not use.
      autoComplete="off"
      className="space-y-3"
    >
      {query.sort !== "date" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== defaultDirection[query.sort] && <input type="hidden" name="dir" value={query.dir} />}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
        <Field name="severity" label="Severity">
          <Choice name="severity" value={f.severity} options={plain(severities)} />
        </Field>
        <Field name="pattern" label="Failure pattern">
          <Choice
            name="pattern"
            value={f.pattern}
            options={options.patterns.map((p) => ({ value: p.slug, label: p.name }))}
          />
        </Field>
        <Field name="provider" label="Provider">
          <Choice name="provider" value={f.provider} options={plain(options.providers)} />
        </Field>
        <Field name="platform" label="Platform">
          <Choice name="platform" value={f.platform} options={plain(options.platforms)} />
        </Field>
        <Field name="component" label="Component">
          <TextInput id="filter-component" name="component" defaultValue={f.component ?? ""} size="sm" />
        </Field>
        <Field name="tag" label="Tag">
          <Choice name="tag" value={f.tag} options={plain(options.tags)} />
        </Field>
        {showStatus && (
          <Field name="status" label="Status">
            <Choice
              name="status"
              value={f.status}
              options={postmortemStatuses.map((s) => ({ value: s, label: statusLabel(s) }))}
            />
          </Field>
        )}
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass({ size: "sm" })}>
            Filter
          </button>
        </div>
      </div>
      {Object.keys(f).length > 0 && (
        <p className="text-sm">
          <a href={indexHref({ ...query, filters: {}, page: 1 })} className={textLinkClass("always")}>
            Clear filters
          </a>
        </p>
      )}
    </form>
  );
}
