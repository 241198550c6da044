"use client";

import { useRef, useState, type ReactNode } from "react";

import { buttonClass } from "@/components/ui/button-class";
import { textLinkClass } from "@/components/ui/text-link-class";

import { fieldId } from "./field-paths";
import { useFieldError } from "./field-errors";
import { FieldErrorText } from "./form-controls";

interface Props<T extends { key: string }> {
  path: string;
  items: T[];
  /** takes an updater, so quick successive edits never work on a stale list */
  onChange: (update: (items: T[]) => T[]) => void;
  /** "Event", "Signature": the item's name in legends and button labels */
  noun: string;
  create: () => T;
  empty: string;
  renderItem: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** extra content in an item's legend row, e.g. the event kind's colour */
  renderBadge?: (item: T) => ReactNode;
}

const moveClass = buttonClass({ variant: "secondary", size: "xs" });
const deleteClass =
  "rounded border border-zinc-300 px-2 py-0.5 text-xs text-red-700 hover:bg-zinc-100 dark:border-zinc-600 dark:text-red-300 dark:hover:bg-zinc-800";

/**
 * An ordered list of items, each in its own fieldset: add, delete (with undo),
 * reorder with the up/down buttons or Alt+↑/Alt+↓ anywhere inside an item.
 */
export function ListEditor<T extends { key: string }>({
  path,
  items,
  onChange,
  noun,
  create,
  empty,
  renderItem,
  renderBadge,
}: Props<T>) {
  const [announcement, setAnnouncement] = useState("");
  const [deleted, setDeleted] = useState<{ item: T; index: number } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const error = useFieldError(path);
  const lower = noun.toLowerCase();

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    onChange((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(to, 0, item!);
      return next;
    });
    setAnnouncement(`${noun} ${index + 1} moved to position ${to + 1} of ${items.length}.`);
  };

  const remove = (index: number) => {
    setDeleted({ item: items[index]!, index });
    onChange((current) => current.filter((_, i) => i !== index));
    setAnnouncement(`${noun} ${index + 1} deleted. Undo is available.`);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  const add = () => {
    onChange((current) => [...current, create()]);
    setAnnouncement(`${noun} ${items.length + 1} added.`);
    // Focus the new item's first field, so typing can start at once.
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(":scope > li:last-child :is(input, textarea, select)")?.focus(),
    );
  };

  return (
    <div>
      <FieldErrorText id={`${fieldId(path)}-error`} message={error} />
      {items.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p> : null}
      <ol ref={listRef} className="space-y-3">
        {items.map((item, index) => (
          <li key={item.key}>
            <fieldset
              className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700"
              onKeyDown={(event) => {
                if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
                  event.preventDefault();
                  move(index, event.key === "ArrowUp" ? -1 : 1);
                }
              }}
            >
              {/* A floated legend sits inside the box, on one row with the buttons. */}
              <legend className="float-left flex items-center gap-2 py-0.5 text-sm font-semibold">
                {noun} {index + 1}
                {renderBadge?.(item)}
              </legend>
              <div className="mb-2 flex flex-wrap justify-end gap-1.5 pl-2">
                <button
                  type="button"
                  className={moveClass}
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move ${lower} ${index + 1} up`}
                  aria-keyshortcuts="Alt+ArrowUp"
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  className={moveClass}
                  onClick={() => move(index, 1)}
                  disabled={index === items.length - 1}
                  aria-label={`Move ${lower} ${index + 1} down`}
                  aria-keyshortcuts="Alt+ArrowDown"
                >
                  ↓ Down
                </button>
                <button
                  type="button"
                  className={deleteClass}
                  onClick={() => remove(index)}
                  aria-label={`Delete ${lower} ${index + 1}`}
                >
                  Delete
                </button>
              </div>
              <div className="clear-both" />
              {renderItem(item, index, (patch) =>
                onChange((current) => current.map((it) => (it.key === item.key ? { ...it, ...patch } : it))),
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          ref={addRef}
          type="button"
          onClick={add}
          className="rounded-md border border-indigo-300 bg-indigo-50 px-3 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-100 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-200 dark:hover:bg-indigo-900"
        >
          + Add {lower}
        </button>
        {deleted ? (
          <button
            type="button"
            className={`text-sm ${textLinkClass("always")}`}
            onClick={() => {
              onChange((current) => {
                const next = [...current];
                next.splice(Math.min(deleted.index, next.length), 0, deleted.item);
                return next;
              });
              setDeleted(null);
              setAnnouncement(`${noun} restored at position ${deleted.index + 1}.`);
            }}
          >
            Undo delete of {lower} {deleted.index + 1}
          </button>
        ) : null}
        {items.length > 1 ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Alt+↑ / Alt+↓ inside an entry moves it.</span>
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
