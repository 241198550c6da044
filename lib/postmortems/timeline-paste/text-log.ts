import type { PastedEntry, ReadResult } from "./entry";
import { actorNamedBy } from "./kinds";
import { readLeadingTime } from "./times";

// Slack copied from the app: a name and a time on a line of their own ("Jane Doe  10:42 AM"), then the messages.
const SLACK_HEADER = /^([A-Za-z][^\d:<>[\]]{0,60}?)\s+(\[?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]?)\s*$/;
// Words a log puts before a colon that are not who spoke.
const notActors = new Set(["alert", "error", "warn", "warning", "info", "debug", "note", "update", "status", "fatal"]);

function slackHeader(line: string): { actor: string; clock: string } | null {
  const m = SLACK_HEADER.exec(line.trim());
  if (!m || m[1]!.trim().split(/\s+/).length > 5) return null;
  return { actor: m[1]!.trim(), clock: m[2]! };
}

/** "jane: restarting", "<jane> restarting", or a PagerDuty-style "Acknowledged by Jane Doe". */
function splitActor(rest: string): { actor: string; text: string } {
  const irc = /^<([^>\s][^>]{0,39})>\s*(.*)$/.exec(rest);
  if (irc) return { actor: irc[1]!, text: irc[2]! };
  const named = /^([A-Za-z][\w.@-]*(?: [A-Z][\w.'-]*){0,2}):\s+(\S.*)$/.exec(rest);
  if (named && !notActors.has(named[1]!.toLowerCase())) return { actor: named[1]!, text: named[2]! };
  return { actor: actorNamedBy(rest), text: rest };
}

/**
 * Lines of text: Slack copied from the app, or any log whose lines start
 * with a time. A line without a time continues the event before it.
 */
export function readTextLog(text: string, zone: string, year: number): ReadResult & { slack?: boolean } {
  const lines = text.split(/\r?\n/);
  const headers = lines.filter((line) => slackHeader(line)).length;
  const timed = lines.filter((line) => readLeadingTime(line, zone, year)?.rest.trim()).length;
  const slack = headers > 0 && headers >= timed;
  const entries: PastedEntry[] = [];
  let skipped = 0;
  let current: PastedEntry | null = null;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const header = slack ? slackHeader(line) : null;
    const found = header ? readLeadingTime(header.clock, zone, year) : readLeadingTime(line, zone, year);
    if (found && (header || slack || found.rest.trim())) {
      const rest = found.rest.replace(/^\s*[-–—|:,]?\s*/, "");
      // In Slack, a time alone starts another message by the same person.
      const said = header
        ? { actor: header.actor, text: "" }
        : slack
          ? { actor: current?.actor ?? "", text: rest }
          : splitActor(rest);
      current = { stamp: found.stamp, actor: said.actor, text: said.text, line: index + 1 };
      entries.push(current);
    } else if (current) {
      current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
    } else {
      skipped += 1;
    }
  });
  return { entries: entries.filter((entry) => entry.text.trim()), skipped, slack };
}
