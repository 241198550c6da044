/**
 * Diagrams are drawn off the critical path: each only when it comes near the viewport
 * (useNearViewport), one at a time and in idle time (inTurn), since laying one out is a
 * single long task of mermaid's. A page whose diagrams are below the fold downloads no
 * mermaid at all until the reader scrolls there. Printing draws every diagram first
 * (drawAllDiagrams), as paper has no viewport.
 */
import { useEffect, useState, type RefObject } from "react";

let tail: Promise<unknown> = Promise.resolve();

const idle = () =>
  new Promise<void>((resolve) => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 30);
  });

/** Runs `task` after every task queued before it, in idle time. */
export function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(idle).then(task);
  tail = run.catch(() => undefined);
  return run;
}

const DRAW_ALL = "hindsight:draw-all-diagrams";

/** True once the element is within half a viewport of the screen (or every diagram is asked for); stays true. */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: "50% 0px",
    });
    observer.observe(element);
    window.addEventListener(DRAW_ALL, show);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener(DRAW_ALL, show);
      window.removeEventListener("beforeprint", show);
    };
  }, [ref, near]);
  return near;
}

/** Draws every diagram of the page (the ones far below too) and resolves when none is pending, or after `timeoutMs`. */
export async function drawAllDiagrams(timeoutMs = 15_000): Promise<void> {
  window.dispatchEvent(new Event(DRAW_ALL));
  const started = Date.now();
  while (document.querySelector("[data-diagram-pending]") && Date.now() - started < timeoutMs)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
