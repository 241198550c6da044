"use client";

import { memo } from "react";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

import type { PatternOption } from "../catalog";
import { EditorSection } from "../editor-section";
import { FieldShell, TextArea } from "../form-controls";
import { blankItem, newKey, type FormSetter, type PatternLinkForm } from "../form-model";
import { ListEditor } from "../list-editor";
import { usePatternSuggestions } from "../use-pattern-suggestions";

interface Props {
  patterns: PatternLinkForm[];
  catalog: PatternOption[];
  /** summary, root cause and signatures so far: what suggestions are ranked by */
  suggestText: string;
  set: FormSetter;
}

function Suggestions({ patterns, catalog, suggestText, set }: Props) {
  const query = usePatternSuggestions(suggestText);
  const picked = new Set(patterns.map((p) => p.slug));
  const suggestions = (query.data?.suggestions ?? []).filter((s) => !picked.has(s.slug)).slice(0, 4);
  return (
    <div className="rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900" aria-live="polite" aria-busy={query.isFetching}>
      <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Suggested from what you wrote</p>
      {query.error ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Suggestions are unavailable right now ({query.error.message}). Pick from the list below.
        </p>
      ) : suggestions.length ? (
        <ul className="mt-2 space-y-2">
          {suggestions.map((s) => (
            <li key={s.slug} className="flex flex-wrap items-start gap-2 text-sm">
              <Button
                variant="outline"
                size="xs"
                onClick={() => set("patterns", (current) => [...current, { key: newKey(), slug: s.slug, note: "" }])}
                aria-label={`Add pattern ${s.name}`}
              >
                + Add
              </Button>
              <span className="min-w-0 flex-1">
                <span className="font-medium">{catalog.find((p) => p.slug === s.slug)?.name ?? s.name}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{s.why}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {suggestText.trim().length < 20
            ? "Write the summary, root cause or a signature and matching patterns appear here."
            : query.isFetching
              ? "Looking for similar patterns…"
              : "No other pattern matches closely."}
        </p>
      )}
    </div>
  );
}

export const PatternsSection = memo(function PatternsSection(props: Props) {
  const { patterns, catalog, set } = props;
  return (
    <EditorSection
      id="patterns"
      title="Failure patterns"
      description="The mechanisms this incident shares with others: it links them together."
    >
      <Suggestions {...props} />
      <ListEditor
        path="patterns"
        noun="Pattern"
        items={patterns}
        onChange={(update) => set("patterns", update)}
        create={blankItem.patterns}
        empty="No patterns linked yet."
        renderItem={(link, i, update) => {
          const known = catalog.find((p) => p.slug === link.slug);
          return (
            <div className="grid gap-3 sm:grid-cols-2">
              <FieldShell path={`patterns[${i}].slug`} label="Pattern" hint={known?.summary}>
                {(aria) => (
                  <Select {...aria} value={link.slug} onChange={(event) => update({ slug: event.target.value })}>
                    <option value="">Choose a pattern…</option>
                    {link.slug && !known ? <option value={link.slug}>{link.slug} (not in the catalog)</option> : null}
                    {catalog.map((p) => (
                      <option key={p.slug} value={p.slug}>
                        {p.name}
                      </option>
                    ))}
                  </Select>
                )}
              </FieldShell>
              <TextArea
                path={`patterns[${i}].note`}
                label="How it shows here (optional)"
                value={link.note}
                onChange={(note) => update({ note })}
                rows={1}
              />
            </div>
          );
        }}
      />
    </EditorSection>
  );
});
