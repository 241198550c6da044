import { LocalTime } from "@/components/history/local-time";
import type { SearchResponse } from "@/lib/search/types";

/** One line when the answer came from the copy of the published documents, not the database. */
export function SnapshotSource({ data }: { data: SearchResponse }) {
  if (data.source?.kind !== "snapshot") return null;
  return (
    <p role="status" className="text-xs text-amber-800 dark:text-amber-200">
      Database unreachable: results from the copy of <LocalTime iso={data.source.takenAt} />
    </p>
  );
}
