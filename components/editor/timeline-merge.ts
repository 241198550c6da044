import type { TimelineEventForm } from "./form-model";

/**
 * The timeline with `added` events in it, in time order. An event without a
 * time keeps its place after the event before it, so labels such as "day 2"
 * stay where the author put them.
 */
export function mergeIntoTimeline(timeline: TimelineEventForm[], added: TimelineEventForm[]): TimelineEventForm[] {
  const all = [...timeline, ...added];
  const keys: string[] = [];
  let last = "";
  for (const event of all) {
    if (event.at) last = event.at;
    keys.push(last);
  }
  // datetime-local values in one zone sort as text; the index keeps the sort stable.
  return all
    .map((event, index) => ({ event, index, key: keys[index]! }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ event }) => event);
}
