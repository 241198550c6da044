import { DateTime } from "luxon";

import type { PastedEntry, ReadResult } from "./entry";

interface SlackMessage {
  ts?: unknown;
  user?: unknown;
  username?: unknown;
  text?: unknown;
  subtype?: unknown;
  user_profile?: { real_name?: unknown; display_name?: unknown };
  bot_profile?: { name?: unknown };
  attachments?: Array<{ fallback?: unknown; title?: unknown; text?: unknown }>;
}

// Channel housekeeping says nothing about the incident.
const skippedSubtypes = new Set(["channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name"]);

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** Slack's markup: <@U123|jane>, <https://x|label>, <!here>, and its three HTML escapes. */
function plainText(text: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, "#$1")
    .replace(/<!(here|channel|everyone)[^>]*>/g, "@$1")
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "[$2]($1)")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function actorOf(message: SlackMessage): string {
  return (
    str(message.user_profile?.real_name) ||
    str(message.user_profile?.display_name) ||
    str(message.username) ||
    str(message.bot_profile?.name) ||
    str(message.user)
  );
}

function textOf(message: SlackMessage): string {
  const own = str(message.text);
  if (own.trim()) return own;
  // An alert bot often posts only an attachment.
  const first = Array.isArray(message.attachments) ? message.attachments[0] : undefined;
  return first ? str(first.fallback) || str(first.title) || str(first.text) : "";
}

/** A Slack channel export: one day's file, an array of messages (or `{ messages: [...] }`). */
export function readSlackExport(json: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { error: `This looks like JSON but could not be read (${(error as Error).message}).` };
  }
  const list = Array.isArray(data) ? data : (data as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(list) || !list.some((m) => m && typeof m === "object" && "ts" in m))
    return { error: "This is JSON, but not a Slack channel export (a list of messages with `ts` and `text`)." };
  const entries: PastedEntry[] = [];
  let skipped = 0;
  list.forEach((raw: SlackMessage, index) => {
    const seconds = Number(str(raw?.ts) || raw?.ts);
    const text = raw && typeof raw === "object" ? plainText(textOf(raw)).trim() : "";
    if (!Number.isFinite(seconds) || seconds <= 0 || !text || skippedSubtypes.has(str(raw.subtype))) {
      skipped += 1;
      return;
    }
    entries.push({
      stamp: { date: DateTime.fromSeconds(seconds, { zone: "UTC" }) },
      actor: actorOf(raw),
      text,
      line: index + 1,
    });
  });
  return { entries, skipped };
}
