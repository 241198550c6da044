"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";

import { isTyping } from "@/components/layout/is-typing";
import { ErrorAlert } from "@/components/ui/error-alert";
import { textLinkClass } from "@/components/ui/text-link-class";
import type { SearchResultItem } from "@/lib/search/types";

import { ConfidenceBanner } from "./confidence-banner";
import { SnapshotSource } from "./snapshot-source";
import { flattenResults, hasResults, ResultListbox, resultId, SearchNotices } from "./search-results";
import { useSearchQuery } from "./use-search-query";

const examples = [
  "connect() failed (111: Connection refused) while connecting to upstream",
  "ELB.8905",
  "库存不足",
  "No route to host",
  "CrashLoopBackOff",
];

/**
 * The search box on every page: `/` or Ctrl/Cmd-K opens it, results come as
 * you type or paste, arrows move through them, Enter opens one.
 */
export function SearchPalette() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const listId = useId().replace(/:/g, "") + "results";
  const [q, setQ] = useState("");
  const query = useSearchQuery(q);
  const items = flattenResults(query.data);

  const open = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.focus();
    input.current?.select();
  }, []);
  const close = () => dialog.current?.close();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === "k" || event.key === "K") && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        open();
      } else if (event.key === "/" && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  // The highlighted result belongs to one set of results: new results start again at the first,
  // highlighted as what Enter opens but not yet "entered": the first Down enters the list on
  // it rather than moving past it (paste, Down, Enter opens the first result).
  const [selection, setSelection] = useState<{ data: unknown; index: number }>({ data: undefined, index: -1 });
  const entered = selection.data === query.data ? selection.index : -1;
  const active = Math.max(entered, 0);
  const setActive = (update: number | ((index: number) => number)) =>
    setSelection({ data: query.data, index: typeof update === "function" ? update(entered) : update });

  const choose = (item: SearchResultItem | undefined) => {
    if (!item) return;
    close();
    router.push(item.url);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (items.length) setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (items.length) setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      if (items[active]) choose(items[active]);
      else if (q.trim()) {
        close();
        router.push(`/search?q=${encodeURIComponent(q)}`);
      }
    }
  };

  const activeItem = items[active];
  return (
    <>
      <button
        type="button"
        onClick={open}
        className="flex w-full min-w-0 items-center gap-2 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-1.5 text-left text-sm text-zinc-600 hover:border-zinc-400 sm:w-72 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400"
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <span aria-hidden>⌕</span>
        <span className="flex-1 truncate">Search or paste an error…</span>
        <kbd className="rounded border border-zinc-300 px-1 font-mono text-xs dark:border-zinc-600">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label="Search Hindsight"
        className="m-0 mx-auto mt-[8vh] w-[min(48rem,calc(100vw-1rem))] max-w-none rounded-xl border border-zinc-300 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        onClick={(event) => event.target === dialog.current && close()}
      >
        <div className="border-b border-zinc-200 p-3 dark:border-zinc-800">
          <textarea
            ref={input}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={onKeyDown}
            rows={Math.min(4, Math.max(1, q.split("\n").length))}
            placeholder="Paste the error, a log line or a kubectl event, or type a few words"
            className="w-full resize-none bg-transparent font-mono text-sm outline-none placeholder:font-sans placeholder:text-zinc-500"
            // A textarea (pastes are several lines) may not take the combobox role; as a textbox it
            // still owns the list (aria-controls) and names the highlighted option (aria-activedescendant).
            aria-controls={listId}
            aria-activedescendant={activeItem ? resultId(listId, activeItem) : undefined}
            aria-autocomplete="list"
            aria-label="Search query"
            spellCheck={false}
          />
          <div
            className="flex items-center justify-between text-xs text-zinc-600 dark:text-zinc-400"
            aria-live="polite"
          >
            <span>
              {query.isFetching
                ? "Searching…"
                : query.data
                  ? `${items.length} result${items.length === 1 ? "" : "s"} in ${query.data.tookMs} ms`
                  : "↑↓ to move, Enter to open, Esc to close"}
            </span>
            {q.trim() ? (
              <a href={`/search?q=${encodeURIComponent(q)}`} onClick={close} className="underline">
                All results and filters
              </a>
            ) : null}
          </div>
        </div>
        {/* Focusable, so that a keyboard can scroll it too (the results are reached with the arrows). */}
        <div className="max-h-[60vh] overflow-y-auto p-3" tabIndex={0} role="region" aria-label="Search results">
          {query.error || query.failureReason ? (
            <ErrorAlert>
              {(query.error ?? query.failureReason)!.message}
              {!query.error && query.isFetching ? " Retrying…" : ""}
            </ErrorAlert>
          ) : null}
          {query.data ? <SnapshotSource data={query.data} /> : null}
          {query.data ? <ConfidenceBanner data={query.data} /> : null}
          {query.data ? <SearchNotices data={query.data} /> : null}
          {query.data && hasResults(query.data) ? (
            <ResultListbox data={query.data} id={listId} activeIndex={active} onChoose={choose} onHover={setActive} />
          ) : q.trim() && query.data && !query.isFetching ? (
            <p className="py-4 text-sm text-zinc-600 dark:text-zinc-400">
              Nothing matched. Try fewer words, or{" "}
              <Link href="/patterns" onClick={close} className="underline">
                browse the failure patterns
              </Link>
              .
            </p>
          ) : !q.trim() ? (
            <div className="text-sm text-zinc-600 dark:text-zinc-400">
              <p>Paste what is in front of you. Timestamps, IPs, ports and ids are ignored. For example:</p>
              <ul className="mt-2 space-y-1">
                {examples.map((example) => (
                  <li key={example}>
                    <button
                      type="button"
                      onClick={() => setQ(example)}
                      className={`font-mono text-xs ${textLinkClass()}`}
                    >
                      {example}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
