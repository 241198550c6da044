import "server-only";

import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * An Observable Plot chart drawn on the server into SVG markup, with linkedom's document standing in for the
 * browser's. The SVG is an image to assistive technology (role="img", `label` as its name); each chart's
 * table view carries the numbers.
 */
export function plotSvg(options: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chart = Plot.plot({
    ...options,
    document,
    // Text and axes take the page's text colour (currentColor), so they follow the theme.
    style: { background: "transparent", color: "currentColor", fontSize: "12px", overflow: "visible" },
  });
  // Plot names its groups ("rule", "x-axis tick"): aria-label on a <g> without a role is not allowed, and inside
  // an image nothing is read anyway. The image's one name is the summary.
  for (const named of chart.querySelectorAll("[aria-label], [aria-description]")) {
    named.removeAttribute("aria-label");
    named.removeAttribute("aria-description");
  }
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  return chart.outerHTML;
}

/** The chart colours: CSS variables of app/globals.css, one shade for light and one for dark. */
export const chartColors = Array.from({ length: 8 }, (_, i) => `var(--chart-${i + 1})`);
export const mutedColor = "var(--chart-muted)";
