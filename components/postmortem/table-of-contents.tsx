"use client";

import { useRef } from "react";

import { cx } from "@/components/ui/cx";

import { useActiveSection } from "./use-active-section";

export interface TocEntry {
  /** the id of the section the entry jumps to */
  id: string;
  /** the text of its heading */
  label: string;
}

function TocLinks({
  entries,
  active,
  onFollow,
}: {
  entries: TocEntry[];
  active: string | null;
  onFollow?: () => void;
}) {
  return (
    <ul className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
      {entries.map((entry) => {
        const current = entry.id === active;
        return (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              onClick={onFollow}
              aria-current={current ? "location" : undefined}
              className={cx(
                "-ml-px block border-l-2 py-0.5 pl-3",
                current
                  ? "border-amber-500 font-medium text-zinc-900 dark:border-amber-400 dark:text-white"
                  : "border-transparent text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
              )}
            >
              {entry.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The page's sections with the one being read highlighted: `sidebar` sticks
 * beside the text on wide screens, `disclosure` is a collapsed "On this page"
 * for phones. Each is shown only at its own width.
 */
export function TableOfContents({ entries, variant }: { entries: TocEntry[]; variant: "sidebar" | "disclosure" }) {
  const active = useActiveSection(entries.map((entry) => entry.id));
  const details = useRef<HTMLDetailsElement>(null);

  if (variant === "sidebar") {
    return (
      <nav
        aria-labelledby="toc-heading"
        data-toc="sidebar"
        data-no-print
        className="sticky top-20 hidden max-h-[calc(100vh-6rem)] overflow-y-auto text-sm lg:block"
      >
        <h2 id="toc-heading" className="mb-2 font-semibold text-zinc-800 dark:text-zinc-200">
          On this page
        </h2>
        <TocLinks entries={entries} active={active} />
      </nav>
    );
  }
  return (
    <details
      ref={details}
      data-toc="disclosure"
      data-no-print
      className="rounded-md border border-zinc-200 text-sm lg:hidden dark:border-zinc-800"
    >
      <summary className="cursor-pointer px-3 py-2 font-semibold text-zinc-800 dark:text-zinc-200">
        On this page
      </summary>
      <nav aria-label="On this page" className="px-3 pb-3">
        <TocLinks
          entries={entries}
          active={active}
          onFollow={() => {
            if (details.current) details.current.open = false;
          }}
        />
      </nav>
    </details>
  );
}
