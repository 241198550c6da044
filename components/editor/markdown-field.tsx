"use client";

import { useDeferredValue, useMemo } from "react";

import { Textarea } from "@/components/ui/textarea";
import { renderMarkdown } from "@/lib/markdown/render";

import { autoRows, FieldShell, growingTextarea, minRowsStyle } from "./form-controls";

interface Props {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
}

/** Markdown source beside its preview, rendered by the same renderer as the read page. */
export function MarkdownField({ path, label, value, onChange, hint, rows = 6 }: Props) {
  // The preview follows typing without holding it up: React renders it when the input is idle.
  const deferred = useDeferredValue(value);
  const html = useMemo(() => renderMarkdown(deferred), [deferred]);
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <FieldShell
        path={path}
        label={label}
        hint={hint ?? "Markdown: **bold**, `code`, lists, ``` fenced blocks ```, links."}
      >
        {(aria) => (
          <Textarea
            {...aria}
            value={value}
            rows={autoRows(value, rows, 24)}
            onChange={(event) => onChange(event.target.value)}
            className={`${growingTextarea} font-mono text-[0.8rem] leading-relaxed`}
            style={minRowsStyle(rows)}
          />
        )}
      </FieldShell>
      <div className="min-w-0">
        <p className="mb-1 text-sm font-medium text-zinc-600 dark:text-zinc-400" aria-hidden>
          Preview
        </p>
        <div
          className="min-h-[4rem] rounded-md border border-dashed border-zinc-300 p-3 dark:border-zinc-700"
          aria-label={`Preview of ${label}`}
          role="group"
        >
          {html ? (
            <div
              className="prose prose-sm max-w-none prose-zinc dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100"
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing written yet.</p>
          )}
        </div>
      </div>
    </div>
  );
}
