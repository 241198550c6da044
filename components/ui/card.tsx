import type { HTMLAttributes } from "react";

import { cx } from "./cx";

type CardElement = "div" | "article" | "section" | "li" | "dl";

/** A bordered box: an incident on a pattern's or limit's page, a related pattern, a list of facts. */
export function Card({
  as: Element = "div",
  padding = "md",
  className,
  ...props
}: HTMLAttributes<HTMLElement> & { as?: CardElement; padding?: "sm" | "md" }) {
  return (
    <Element
      className={cx(
        "rounded-lg border border-zinc-200 dark:border-zinc-800",
        padding === "sm" ? "p-3" : "p-4",
        className,
      )}
      {...props}
    />
  );
}
