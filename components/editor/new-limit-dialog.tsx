"use client";

import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";

import { CatalogFormView } from "@/components/catalog/catalog-form";

import type { LimitOption } from "./catalog";

/**
 * "New limit" from the postmortem editor: the limit's own form (limitSchema,
 * POST /api/limits) in a modal dialog; once created it is handed back to be
 * picked in the row that asked for it.
 */
export function NewLimitDialog({
  onCreated,
  onClose,
}: {
  onCreated: (limit: LimitOption) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  // Outside the editor's <form> (a form in a form is not HTML); React still bubbles its events
  // to the editor, so the form stops its own submit there.
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby="new-limit-heading"
      onClose={onClose}
      className="m-auto w-full max-w-xl rounded-lg border border-zinc-300 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="new-limit-heading" className="mb-3 text-lg font-semibold tracking-tight">
        New limit
      </h2>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        It joins the limits catalog for every postmortem, and is picked in this row.
      </p>
      <CatalogFormView
        kind="limit"
        initial={null}
        pathPrefix="newLimit."
        onCancel={onClose}
        onSaved={({ key, data }) =>
          onCreated({
            id: key,
            provider: String(data.provider),
            resource: String(data.resource),
            name: String(data.name),
            defaultValue: typeof data.defaultValue === "string" ? data.defaultValue : null,
            unit: typeof data.unit === "string" ? data.unit : null,
          })
        }
      />
    </dialog>,
    document.body,
  );
}
