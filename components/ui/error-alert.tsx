import type { ReactNode } from "react";

import { cx } from "./cx";

/** A red box announced at once (role="alert"): what went wrong with a form, a search, an import. */
export function ErrorAlert({
  as: Element = "p",
  id,
  className,
  children,
}: {
  as?: "p" | "div";
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Element
      id={id}
      role="alert"
      className={cx(
        "rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100",
        className,
      )}
    >
      {children}
    </Element>
  );
}
