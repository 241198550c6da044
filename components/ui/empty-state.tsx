import type { ReactNode } from "react";

import { cx } from "./cx";

/** The dashed box that says there is nothing here yet, and what to do about it. */
export function EmptyState({
  compact = false,
  className,
  children,
}: {
  /** less padding and small text, for a box inside a page section */
  compact?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={cx(
        "rounded-lg border border-dashed border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400",
        compact ? "p-4 text-sm" : "p-6",
        className,
      )}
    >
      {children}
    </div>
  );
}
