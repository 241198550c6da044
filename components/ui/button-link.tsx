import Link from "next/link";
import type { ComponentProps } from "react";

import { buttonClass, type ButtonStyle } from "./button-class";
import { cx } from "./cx";

/** A link to one of our pages that looks like a button ("Back to all postmortems", "New postmortem"). */
export function ButtonLink({ variant, size, block, className, ...props }: ComponentProps<typeof Link> & ButtonStyle) {
  return <Link className={cx("inline-block", buttonClass({ variant, size, block }), className)} {...props} />;
}
