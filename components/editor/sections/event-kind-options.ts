import { eventKindStyle } from "@/components/postmortem/event-kinds";
import { timelineEventKinds } from "@/lib/validations/postmortem";

/** The kinds of a timeline event for a select: symbol and word, as the read page shows them. */
export const eventKindOptions = timelineEventKinds.map((kind) => ({
  value: kind,
  label: `${eventKindStyle[kind].symbol} ${eventKindStyle[kind].label}`,
}));
