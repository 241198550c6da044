export interface Size {
  width: number;
  height: number;
}

/** Where the full-screen viewer starts (and where "Reset" returns), and how far it may zoom. */
export interface StartView {
  scale: number;
  /** translation in the diagram's own pixels (the transform is `scale() translate()`), from the centred position */
  x: number;
  y: number;
  minScale: number;
  maxScale: number;
}

/**
 * Below this, mermaid's 16 px labels drop under 12 px: a diagram that would
 * need a smaller scale to fit (a wide flowchart on a phone) starts at this one
 * and runs off the screen, to be panned, instead of shrinking to unreadable text.
 */
export const readableScale = 0.75;
const largestStartScale = 2;

/**
 * The start of a diagram of natural size `content` in a `viewport` where it
 * sits centred: fitted whole when that keeps it readable, else at the readable
 * scale with its top-left corner in view (flowcharts and sequences start there).
 */
export function startView(content: Size, viewport: Size, margin = 16): StartView {
  const room = { width: Math.max(viewport.width - 2 * margin, 1), height: Math.max(viewport.height - 2 * margin, 1) };
  const fit = Math.min(room.width / content.width, room.height / content.height);
  const scale = Math.min(largestStartScale, Math.max(fit, readableScale));
  // A side larger than the room is moved so its start edge sits at the margin.
  const offset = (natural: number, available: number) =>
    natural * scale > available ? (natural * scale - available) / 2 / scale : 0;
  return {
    scale,
    x: offset(content.width, room.width),
    y: offset(content.height, room.height),
    minScale: Math.min(fit, scale) / 2,
    maxScale: Math.max(4, scale * 2),
  };
}
