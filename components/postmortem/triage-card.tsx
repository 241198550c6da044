import { Markdown } from "@/components/markdown/markdown";
import type { PostmortemPage } from "@/lib/postmortems/queries";
import { formatDuration } from "@/lib/format";
import { deriveDurations } from "@/lib/postmortems/durations";

function firstParagraph(markdown: string): string {
  return (
    markdown
      .split(/\n\s*\n/)
      .find((p) => p.trim() && !p.trim().startsWith("```"))
      ?.trim() ?? ""
  );
}

/** The four things an on-call engineer needs first: what broke, how it shows, what fixed it, how long that took. */
export function TriageCard({ pm }: { pm: PostmortemPage }) {
  const signal = pm.signatures[0];
  const fix = pm.timeline.find((e) => e.kind === "mitigation")?.description ?? firstParagraph(pm.resolution);
  const { ttm, basis } = deriveDurations(pm);
  return (
    <section
      id="triage"
      aria-labelledby="triage-heading"
      className="rounded-lg border-2 border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/30"
    >
      <h2
        id="triage-heading"
        className="text-sm font-semibold tracking-wide text-amber-900 uppercase dark:text-amber-200"
      >
        Triage card
      </h2>
      <dl className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <dt className="text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-400">What broke</dt>
          <dd className="mt-1">
            <Markdown source={pm.summary} className="prose-sm" />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-400">The signal that shows it</dt>
          <dd className="mt-1">
            {signal ? (
              <>
                <code
                  data-code-block
                  className="block rounded bg-zinc-900 px-2 py-1 font-mono text-xs wrap-anywhere whitespace-pre-wrap text-zinc-100"
                >
                  {signal.text.split("\n").slice(0, 4).join("\n")}
                </code>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">in {signal.source}</span>
              </>
            ) : (
              <span className="text-sm text-zinc-600 dark:text-zinc-400">no signature recorded</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-400">What fixed it</dt>
          <dd className="mt-1">
            {fix ? (
              <Markdown source={fix} className="prose-sm" />
            ) : (
              <span className="text-sm text-zinc-600 dark:text-zinc-400">not recorded</span>
            )}
          </dd>
        </div>
        {/* Unknown, it is said once, in the line under the card (durations.tsx). */}
        {ttm === null ? null : (
          <div>
            <dt className="text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-400">Time to mitigate</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">
              {basis === "times-of-day" ? "≈ " : ""}
              {formatDuration(ttm)}
            </dd>
            {basis === "times-of-day" ? (
              <dd className="text-xs text-zinc-600 dark:text-zinc-400">from the first time of day in the timeline</dd>
            ) : null}
          </div>
        )}
      </dl>
    </section>
  );
}
