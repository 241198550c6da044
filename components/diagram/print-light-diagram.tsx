"use client";

import { useEffect, useState } from "react";

import { inTurn } from "./draw-in-turn";

/**
 * A light rendering of a diagram, for paper only: in the dark theme the
 * screen's SVG is dark, and a printed page must be light. The theme goes in
 * an `init` directive of this one render (a directive may stand anywhere in
 * the source, so a front-matter block stays first) rather than in
 * `mermaid.initialize`, which is global and would race the screen renders
 * still drawing. The three theme variables the dark screen theme sets are
 * set back to light ones here, or they would carry over.
 */
const lightDirective = `\n%%{init: ${JSON.stringify({
  theme: "default",
  themeVariables: { edgeLabelBackground: "#e8e8e8", textColor: "#333333", lineColor: "#333333" },
})}}%%\n`;

export function PrintLightDiagram({ id, source, caption }: { id: string; source: string; caption: string }) {
  const [svg, setSvg] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    inTurn(async () => {
      const mermaid = (await import("mermaid")).default;
      const { svg } = await mermaid.render(`${id}-print`, source + lightDirective);
      if (live) setSvg(svg);
    }).catch(() => {
      // The screen's rendering prints instead (globals.css shows it when there is no light one).
      document.getElementById(`d${id}-print`)?.remove();
      if (live) setSvg("");
    });
    return () => {
      live = false;
    };
  }, [id, source]);

  // Printing waits for this copy too (drawAllDiagrams); "" is a copy that failed: the screen's prints.
  if (svg === null) return <span hidden data-diagram-pending="" />;
  if (!svg) return null;
  return (
    <div
      data-print-light
      className="hidden print:block [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full"
      role="img"
      aria-label={caption}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
