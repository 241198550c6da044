import Papa from "papaparse";

import type { PastedEntry, ReadResult } from "./entry";
import { actorNamedBy } from "./kinds";
import { readTimeValue } from "./times";

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

// Column names of PagerDuty's incident log CSV (Created-At, Type, Agent/User, Summary), Opsgenie's alert
// export (Created At, Message, Owner) and the like.
const timeColumns = ["createdat", "created", "timestamp", "time", "date", "datetime", "at", "occurredat", "updatedat"];
const textColumns = ["summary", "message", "log", "description", "text", "details", "note", "event"];
const typeColumns = ["type", "action", "status"];
const actorColumns = ["agentuser", "agent", "user", "owner", "actor", "by", "who", "author", "performedby"];

function pick(headers: string[], names: string[]): string | undefined {
  for (const name of names) {
    const found = headers.find((header) => normalize(header) === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Is the first line a CSV (or tab-separated) header with a time column? */
export function looksLikeCsv(text: string): boolean {
  const first = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const cells = first.split(first.includes("\t") ? "\t" : ",").map((cell) => normalize(cell.replace(/"/g, "")));
  return cells.length >= 2 && cells.some((cell) => timeColumns.includes(cell));
}

export function readCsvLog(text: string, zone: string, year: number): ReadResult {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: "greedy" });
  const headers = parsed.meta.fields ?? [];
  const timeColumn = pick(headers, timeColumns);
  const textColumn = pick(headers, textColumns);
  const typeColumn = pick(headers, typeColumns);
  if (!timeColumn || (!textColumn && !typeColumn))
    return { error: `This CSV has no time and text columns it could read (columns: ${headers.join(", ")}).` };
  const actorColumn = pick(headers, actorColumns);
  const entries: PastedEntry[] = [];
  let skipped = 0;
  parsed.data.forEach((row, index) => {
    const stamp = readTimeValue(row[timeColumn] ?? "", zone, year);
    const summary = (textColumn ? row[textColumn] : "")?.trim() ?? "";
    const type = (typeColumn ? row[typeColumn] : "")?.trim() ?? "";
    const said = summary || type;
    if (!stamp || !said) {
      skipped += 1;
      return;
    }
    const actor = (actorColumn ? row[actorColumn]?.trim() : "") || actorNamedBy(said);
    // The type ("acknowledge_log_entry") helps the kind guess when the summary is terse.
    entries.push({ stamp, actor, text: said, hint: type.replace(/_/g, " "), line: index + 2 });
  });
  return { entries, skipped };
}
