"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { authoringApi } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/api/client";

import { humanMessage } from "./field-paths";

type Attempt = { text: string; name: string; replace?: number };

/** Upload a content file (.md): it becomes a draft, or replaces the postmortem with its slug when you say so. */
export function ImportForm() {
  const router = useRouter();
  const [file, setFile] = useState<{ text: string; name: string } | null>(null);
  const mutation = useMutation({
    mutationFn: ({ text, replace }: Attempt) => authoringApi.importText(text, replace),
    onSuccess: ({ slug }) => router.push(`/postmortems/${slug}/edit`),
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const taken = error?.code === "slug_taken" ? error.current?.version : undefined;

  return (
    <details
      className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900"
      open={mutation.isError || undefined}
    >
      <summary className="cursor-pointer text-sm font-semibold">Import a content file instead (.md)</summary>
      <div className="mt-3 space-y-3 text-sm">
        <p className="text-zinc-600 dark:text-zinc-400">
          A markdown file in the content format (docs/content-format.md), such as one exported from here. It is checked
          field by field; nothing is saved if anything is wrong.
        </p>
        <label htmlFor="import-file" className="block font-medium">
          Content file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          aria-describedby={mutation.isError ? "import-errors" : undefined}
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            mutation.reset();
            if (!chosen) return setFile(null);
            const next = { text: await chosen.text(), name: chosen.name };
            setFile(next);
            mutation.mutate(next);
          }}
          className="block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-900 file:px-3 file:py-1.5 file:text-white dark:file:bg-zinc-100 dark:file:text-zinc-900"
        />
        <p role="status" aria-live="polite">
          {mutation.isPending ? `Importing ${file?.name}…` : mutation.isSuccess ? "Imported; opening the editor…" : ""}
        </p>
        {error ? (
          <ErrorAlert as="div" id="import-errors">
            <p className="font-semibold">
              {file?.name} was not imported:{" "}
              {error.fields.length
                ? `${error.fields.length} problem${error.fields.length === 1 ? "" : "s"}`
                : error.message}
            </p>
            {error.fields.length ? (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {error.fields.map((f, i) => (
                  <li key={i}>
                    <code className="font-mono text-xs">{f.field}</code>: {humanMessage(f.field, f.message)}
                  </li>
                ))}
              </ul>
            ) : null}
            {taken && file ? (
              <Button variant="danger" onClick={() => mutation.mutate({ ...file, replace: taken })} className="mt-2">
                Replace the existing postmortem (version {taken}) with this file
              </Button>
            ) : null}
          </ErrorAlert>
        ) : null}
      </div>
    </details>
  );
}
