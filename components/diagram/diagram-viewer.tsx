"use client";

import Panzoom, { type PanzoomObject } from "@panzoom/panzoom";
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";

import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";

import { renameSvgIds } from "./rename-svg-ids";
import { startView, type Size } from "./viewer-geometry";

const panStep = 80;

/** The diagram's own size in CSS pixels: its viewBox, else how it is drawn now. */
function naturalSize(svg: SVGSVGElement): Size {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const drawn = svg.getBoundingClientRect();
  return { width: Math.max(drawn.width, 1), height: Math.max(drawn.height, 1) };
}

/**
 * A rendered diagram full screen in a modal <dialog>, panned and zoomed by
 * @panzoom/panzoom (drag, pinch, wheel; the buttons and + − 0 and the arrow
 * keys for the keyboard). It takes SVG markup, whatever drew it, and shows a
 * copy with its ids renamed. Escape or Close closes it; the opener puts focus back.
 */
export function DiagramViewer({ svg, caption, onClose }: { svg: string; caption: string; onClose: () => void }) {
  const captionId = useId();
  const helpId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const panzoom = useRef<PanzoomObject | null>(null);
  const markup = useMemo(() => ({ __html: renameSvgIds(svg, "-full-screen") }), [svg]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    closeButton.current?.focus();
    // Escape closes a modal <dialog> by itself; this tells the opener.
    element.addEventListener("close", onClose);
    return () => element.removeEventListener("close", onClose);
  }, [onClose]);

  useEffect(() => {
    const box = content.current;
    const view = stage.current;
    const drawing = box?.querySelector("svg");
    if (!box || !view || !drawing) return;
    const size = naturalSize(drawing);
    drawing.removeAttribute("width");
    drawing.removeAttribute("height");
    drawing.style.width = box.style.width = `${size.width}px`;
    drawing.style.height = box.style.height = `${size.height}px`;
    drawing.style.maxWidth = "none";
    const start = startView(size, { width: view.clientWidth, height: view.clientHeight });
    const instance = Panzoom(box, {
      canvas: true,
      startScale: start.scale,
      startX: start.x,
      startY: start.y,
      minScale: start.minScale,
      maxScale: start.maxScale,
      cursor: "grab",
    });
    panzoom.current = instance;
    view.addEventListener("wheel", instance.zoomWithWheel, { passive: false });
    return () => {
      view.removeEventListener("wheel", instance.zoomWithWheel);
      instance.destroy();
      panzoom.current = null;
    };
  }, [markup]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    const instance = panzoom.current;
    if (!instance || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan = (x: number, y: number) =>
      instance.pan(x / instance.getScale(), y / instance.getScale(), { relative: true });
    const actions: Record<string, () => void> = {
      "+": () => instance.zoomIn(),
      "=": () => instance.zoomIn(),
      "-": () => instance.zoomOut(),
      "0": () => instance.reset(),
      ArrowLeft: () => pan(panStep, 0),
      ArrowRight: () => pan(-panStep, 0),
      ArrowUp: () => pan(0, panStep),
      ArrowDown: () => pan(0, -panStep),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={captionId}
      aria-describedby={helpId}
      aria-modal="true"
      onKeyDown={onKeyDown}
      className="fixed inset-0 m-0 hidden size-full max-h-none max-w-none flex-col bg-white p-0 text-zinc-900 backdrop:bg-black/60 open:flex dark:bg-zinc-950 dark:text-zinc-100"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <p id={captionId} className="line-clamp-2 min-w-0 flex-1 basis-60 text-sm">
          {caption}
        </p>
        <div className="flex items-center gap-1" role="group" aria-label="Zoom">
          <Button variant="secondary" size="sm" aria-label="Zoom in" onClick={() => panzoom.current?.zoomIn()}>
            +
          </Button>
          <Button variant="secondary" size="sm" aria-label="Zoom out" onClick={() => panzoom.current?.zoomOut()}>
            −
          </Button>
          <Button variant="secondary" size="sm" onClick={() => panzoom.current?.reset()}>
            Reset
          </Button>
        </div>
        <button
          ref={closeButton}
          type="button"
          className={buttonClass({ size: "sm" })}
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
      <div ref={stage} className="relative flex min-h-0 flex-1 items-center justify-center overflow-hidden">
        <div ref={content} className="shrink-0" role="img" aria-label={caption} dangerouslySetInnerHTML={markup} />
      </div>
      <p id={helpId} className="sr-only">
        Drag to pan, pinch or use the wheel to zoom; plus, minus and 0 zoom and reset, the arrow keys pan.
      </p>
    </dialog>,
    document.body,
  );
}
