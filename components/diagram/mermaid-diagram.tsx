"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

import { ErrorAlert } from "@/components/ui/error-alert";

import { inTurn, useNearViewport } from "./draw-in-turn";
import { PrintLightDiagram } from "./print-light-diagram";
import { ZoomableDiagram } from "./zoomable-diagram";

type State = { status: "loading" } | { status: "ready"; svg: string } | { status: "error"; message: string };

function isDark(): boolean {
  return document.documentElement.classList.contains("dark");
}

/** Follows the page's light/dark class so diagrams re-render with the theme. */
function useDarkMode(): boolean | null {
  return useSyncExternalStore(subscribeToThemeClass, isDark, () => null);
}

function subscribeToThemeClass(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

/**
 * Renders mermaid source in the browser, off the critical path: only when the
 * figure nears the viewport, one diagram at a time in idle time (draw-in-turn.ts),
 * so mermaid (~1 MB) is imported only when a diagram is about to be seen; its
 * space is held by a placeholder meanwhile. A source that does not parse shows an inline
 * error next to the source instead of breaking the page. A drawn diagram opens
 * full screen (ZoomableDiagram), which takes only the SVG markup.
 */
export function MermaidDiagram({ source, caption }: { source: string; caption: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const captionId = `${id}-caption`;
  const dark = useDarkMode();
  const [state, setState] = useState<State>({ status: "loading" });
  const generation = useRef(0);
  const figure = useRef<HTMLElement>(null);
  const near = useNearViewport(figure);

  useEffect(() => {
    if (dark === null || !near) return;
    const current = ++generation.current;
    inTurn(async () => {
      if (current !== generation.current) return;
      try {
        const mermaid = (await import("mermaid")).default;
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: "strict",
          theme: dark ? "dark" : "default",
          // Edge labels need a solid background to stay readable (WCAG contrast) in dark mode.
          themeVariables: dark ? { edgeLabelBackground: "#18181b", textColor: "#f4f4f5", lineColor: "#a1a1aa" } : {},
          fontFamily: "ui-sans-serif, system-ui, sans-serif",
        });
        await mermaid.parse(source);
        const { svg } = await mermaid.render(`${id}-${current}`, source);
        if (current === generation.current) setState({ status: "ready", svg });
      } catch (error) {
        document.getElementById(`d${id}-${current}`)?.remove();
        const message = error instanceof Error ? error.message : String(error);
        if (current === generation.current) setState({ status: "error", message });
      }
    });
  }, [source, dark, id, near]);

  return (
    <figure
      ref={figure}
      data-diagram-pending={state.status === "loading" ? "" : undefined}
      className="relative my-4 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
    >
      {state.status === "ready" ? (
        <ZoomableDiagram svg={state.svg} caption={caption} captionId={captionId} />
      ) : state.status === "error" ? (
        <ErrorAlert as="div">
          <p className="font-semibold">This diagram could not be drawn.</p>
          <pre className="mt-1 font-mono text-xs whitespace-pre-wrap">{state.message}</pre>
          <details className="mt-2">
            <summary className="cursor-pointer">Diagram source</summary>
            <pre className="mt-1 overflow-x-auto font-mono text-xs">{source}</pre>
          </details>
        </ErrorAlert>
      ) : (
        <div
          className="flex h-32 items-center justify-center text-sm text-zinc-600 dark:text-zinc-400"
          aria-busy="true"
        >
          Drawing diagram…
        </div>
      )}
      {dark && state.status === "ready" ? <PrintLightDiagram id={id} source={source} caption={caption} /> : null}
      <figcaption id={captionId} className="mt-2 text-center text-sm text-zinc-600 dark:text-zinc-400">
        {caption}
      </figcaption>
    </figure>
  );
}
