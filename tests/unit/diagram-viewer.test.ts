import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { renameSvgIds } from "@/components/diagram/rename-svg-ids";
import { readableScale, startView } from "@/components/diagram/viewer-geometry";

describe("where the full-screen diagram viewer starts", () => {
  test("a diagram that fits readably is shown whole and centred", () => {
    const view = startView({ width: 1766, height: 374 }, { width: 1440, height: 840 }, 16);
    assert.equal(view.scale, (1440 - 32) / 1766);
    assert.deepEqual([view.x, view.y], [0, 0]);
    assert.ok(view.minScale < view.scale && view.maxScale >= 4);
  });

  test("a wide flowchart on a phone starts at the readable scale with its left edge in view", () => {
    const view = startView({ width: 1766, height: 374 }, { width: 390, height: 780 }, 16);
    assert.equal(view.scale, readableScale);
    // centred, its left edge would be (1766 * 0.75 - 358) / 2 px off the screen; x moves it back to the margin
    assert.equal(view.x * view.scale, (1766 * readableScale - 358) / 2);
    assert.equal(view.y, 0, "it fits vertically, so it stays centred");
    assert.ok(view.minScale * 1766 <= 358, "zooming out can show it whole");
  });

  test("a small diagram is enlarged, but at most twice", () => {
    assert.equal(startView({ width: 300, height: 200 }, { width: 1440, height: 840 }).scale, 2);
  });
});

describe("renaming the ids of a copied SVG", () => {
  const svg =
    '<svg id="mermaid-r1-1" aria-labelledby="chart-title-mermaid-r1-1" style="max-width: 10px"><style>#mermaid-r1-1 .node{fill:#dc2626}</style>' +
    '<title id="chart-title-mermaid-r1-1">t</title><marker id="mermaid-r1-1_arrow"/><g id="actor4"/>' +
    '<path marker-end="url(#mermaid-r1-1_arrow)"/><use href="#actor4"/><text>#hashtag</text></svg>';

  test("every id, and every reference to one, gets the suffix; colours and text stay", () => {
    assert.equal(
      renameSvgIds(svg, "-x"),
      '<svg id="mermaid-r1-1-x" aria-labelledby="chart-title-mermaid-r1-1-x" style="max-width: 10px"><style>#mermaid-r1-1-x .node{fill:#dc2626}</style>' +
        '<title id="chart-title-mermaid-r1-1-x">t</title><marker id="mermaid-r1-1_arrow-x"/><g id="actor4-x"/>' +
        '<path marker-end="url(#mermaid-r1-1_arrow-x)"/><use href="#actor4-x"/><text>#hashtag</text></svg>',
    );
  });

  test("markup without ids is returned as it is", () => {
    assert.equal(renameSvgIds("<svg><g/></svg>", "-x"), "<svg><g/></svg>");
  });
});
