"use client";

import { useCallback, useRef, useState } from "react";

import { DiagramViewer } from "./diagram-viewer";

/**
 * A drawn diagram in its figure: a click or tap on it, or its "Open full
 * screen" button (for the keyboard), opens the full-screen viewer; closing it
 * puts focus back on that button. The button sits over the figure's corner so
 * the page's layout is the same with or without it.
 */
export function ZoomableDiagram({ svg, caption, captionId }: { svg: string; caption: string; captionId: string }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
    // Again after React's commit and the dialog's own focus fix-up, which returns focus to what
    // had it before opening (a click inside <main tabindex=-1> focuses main).
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  return (
    <>
      <div
        className="cursor-zoom-in overflow-x-auto [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full"
        role="img"
        aria-label={caption}
        onClick={() => setOpen(true)}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <button
        ref={opener}
        type="button"
        aria-describedby={captionId}
        onClick={() => setOpen(true)}
        className="absolute top-1 right-1 rounded border border-zinc-300 bg-white/90 px-1.5 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900/90 dark:text-zinc-200 dark:hover:bg-zinc-800 print:hidden"
      >
        Open full screen
      </button>
      {open ? <DiagramViewer svg={svg} caption={caption} onClose={close} /> : null}
    </>
  );
}
