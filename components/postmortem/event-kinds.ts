import type { TimelineEventKind } from "@/lib/generated/prisma/enums";

/** How each timeline event kind looks: told apart by colour, symbol and word. */
export const eventKindStyle: Record<TimelineEventKind, { label: string; symbol: string; dot: string; text: string }> = {
  trigger: { label: "Trigger", symbol: "⚡", dot: "bg-purple-600", text: "text-purple-800 dark:text-purple-300" },
  detection: { label: "Detection", symbol: "!", dot: "bg-red-600", text: "text-red-800 dark:text-red-300" },
  escalation: { label: "Escalation", symbol: "↑", dot: "bg-orange-600", text: "text-orange-800 dark:text-orange-300" },
  diagnosis: { label: "Diagnosis", symbol: "?", dot: "bg-sky-600", text: "text-sky-800 dark:text-sky-300" },
  action: { label: "Action", symbol: "▸", dot: "bg-zinc-600", text: "text-zinc-700 dark:text-zinc-300" },
  mitigation: {
    label: "Mitigation",
    symbol: "✚",
    dot: "bg-emerald-600",
    text: "text-emerald-800 dark:text-emerald-300",
  },
  resolution: { label: "Resolution", symbol: "✓", dot: "bg-green-700", text: "text-green-800 dark:text-green-300" },
  observation: { label: "Observation", symbol: "•", dot: "bg-zinc-400", text: "text-zinc-600 dark:text-zinc-400" },
};
