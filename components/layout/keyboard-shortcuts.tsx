"use client";

import { useEffect, useRef } from "react";

import { Button } from "@/components/ui/button";

import { isTyping } from "./is-typing";

/** Every shortcut the app has; keep in step with aria-keyshortcuts where they are defined. */
const shortcuts: Array<{ keys: string[][]; what: string; where: string }> = [
  { keys: [["/"], ["Ctrl", "K"], ["⌘", "K"]], what: "Open the search", where: "Everywhere" },
  { keys: [["↑"], ["↓"]], what: "Move through the results", where: "Search" },
  { keys: [["Enter"]], what: "Open the highlighted result", where: "Search" },
  { keys: [["Esc"]], what: "Close the search or this help", where: "Search, dialogs" },
  {
    keys: [
      ["Ctrl", "S"],
      ["⌘", "S"],
    ],
    what: "Save",
    where: "Editor",
  },
  {
    keys: [
      ["Alt", "↑"],
      ["Alt", "↓"],
    ],
    what: "Move a list item up or down",
    where: "Editor lists",
  },
  { keys: [["?"]], what: "Show this help", where: "Everywhere" },
];

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="whitespace-nowrap">
      {keys.map((key, i) => (
        <span key={key}>
          {i ? <span aria-hidden="true">+</span> : null}
          <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900">
            {key}
          </kbd>
        </span>
      ))}
    </span>
  );
}

/** `?` (outside text fields) opens a list of the keyboard shortcuts; Esc closes it. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (!dialog.current?.open) dialog.current?.showModal();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button type="button" onClick={open} aria-keyshortcuts="?" className="underline-offset-2 hover:underline">
        Keyboard shortcuts <Keys keys={["?"]} />
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-heading"
        className="m-0 mx-auto mt-[10vh] w-[min(36rem,calc(100vw-1rem))] max-w-none rounded-xl border border-zinc-300 bg-white p-5 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        onClick={(event) => event.target === dialog.current && dialog.current.close()}
      >
        <div className="flex items-center justify-between gap-4">
          <h2 id="shortcuts-heading" className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <Button variant="subtle" size="sm" onClick={() => dialog.current?.close()}>
            Close
          </Button>
        </div>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.what}>
                <td className="py-2 pr-3 align-top">
                  <span className="flex flex-wrap gap-x-2 gap-y-1">
                    {shortcut.keys.map((keys, i) => (
                      <span key={keys.join("+")}>
                        {i ? <span className="mr-2 text-zinc-500">or</span> : null}
                        <Keys keys={keys} />
                      </span>
                    ))}
                  </span>
                </td>
                <td className="py-2 pr-3 align-top">{shortcut.what}</td>
                <td className="py-2 align-top text-zinc-600 dark:text-zinc-400">{shortcut.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </dialog>
    </>
  );
}
