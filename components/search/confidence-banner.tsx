import type { SearchResponse } from "@/lib/search/types";

/**
 * Says how sure the answer is before any result: nothing for a strong match, an amber
 * "No strong match" when only part of the query matched, a plain "Nothing like this is
 * known" when nothing meaningful did. Noise is never presented as an answer.
 */
export function ConfidenceBanner({ data }: { data: SearchResponse }) {
  if (data.confidence === "high" || !data.query.q.trim()) return null;
  const none = data.confidence === "none";
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">{none ? "Nothing like this is known" : "No strong match"}</p>
      <p className="mt-0.5">
        {data.confidenceReason}
        {hasAny(data) ? " The closest results below are weak matches: check them before acting on them." : ""}
      </p>
    </div>
  );
}

const hasAny = (data: SearchResponse) =>
  data.groups.postmortems.items.length + data.groups.patterns.items.length + data.groups.limits.items.length > 0;
