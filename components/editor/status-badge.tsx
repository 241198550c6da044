import type { PostmortemStatus } from "./form-model";

const styles: Record<PostmortemStatus, { label: string; className: string }> = {
  draft: {
    label: "Draft",
    className: "bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600",
  },
  in_review: {
    label: "In review",
    className: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  },
  published: {
    label: "Published",
    className: "bg-green-100 text-green-900 ring-green-300 dark:bg-green-950 dark:text-green-200 dark:ring-green-800",
  },
};

export function statusLabel(status: PostmortemStatus): string {
  return styles[status].label;
}

export function StatusBadge({ status }: { status: PostmortemStatus }) {
  const style = styles[status];
  return (
    <span className={`inline-flex rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>
      {style.label}
    </span>
  );
}
