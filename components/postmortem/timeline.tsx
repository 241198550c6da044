import { Markdown } from "@/components/markdown/markdown";
import { formatDateTime, formatDuration } from "@/lib/format";
import type { PostmortemPage } from "@/lib/postmortems/queries";

import { eventKindStyle } from "./event-kinds";

type Event = PostmortemPage["timeline"][number];

export function timelineAnchor(event: Pick<Event, "position">): string {
  return `t-${event.position + 1}`;
}

/** The vertical timeline: kind at a glance, the gap since the previous timed event, a deep link per entry. */
export function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No timeline was recorded.</p>;
  const gaps = gapsSincePreviousTimed(events);
  return (
    <ol className="relative ml-3 border-l-2 border-zinc-200 dark:border-zinc-800">
      {events.map((event) => {
        const style = eventKindStyle[event.kind];
        const gap = gaps.get(event.id) ?? null;
        const anchor = timelineAnchor(event);
        const when = event.at ? formatDateTime(event.at, timeZone) : (event.label ?? "time unknown");
        return (
          <li
            key={event.id}
            id={anchor}
            className="group relative mb-5 ml-6 scroll-mt-24 rounded-md target:bg-amber-50 target:ring-2 target:ring-amber-400 dark:target:bg-amber-950/40"
          >
            <span
              aria-hidden
              className={`absolute top-1 -left-[2.15rem] flex h-5 w-5 items-center justify-center rounded-full text-[0.65rem] font-bold text-white ring-4 ring-white dark:ring-zinc-950 print:[print-color-adjust:exact] ${style.dot}`}
            >
              {style.symbol}
            </span>
            {gap !== null && gap > 0 ? (
              <p className="-mt-1 mb-1 text-xs text-zinc-600 dark:text-zinc-400">+{formatDuration(gap)}</p>
            ) : null}
            <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <a
                href={`#${anchor}`}
                className="font-mono text-zinc-700 hover:underline dark:text-zinc-300"
                title="Link to this entry"
              >
                {event.approximate ? "≈ " : ""}
                {when}
              </a>
              <span className={`text-xs font-semibold tracking-wide uppercase ${style.text}`}>{style.label}</span>
              {event.actor ? <span className="text-xs text-zinc-600 dark:text-zinc-400">· {event.actor}</span> : null}
            </div>
            <Markdown source={event.description} className="prose-sm mt-1" />
          </li>
        );
      })}
    </ol>
  );
}

/** For each timed event, the milliseconds since the timed event before it. */
function gapsSincePreviousTimed(events: Event[]): Map<Event["id"], number> {
  const gaps = new Map<Event["id"], number>();
  let previous: Date | null = null;
  for (const event of events) {
    if (!event.at) continue;
    if (previous) gaps.set(event.id, event.at.getTime() - previous.getTime());
    previous = event.at;
  }
  return gaps;
}
