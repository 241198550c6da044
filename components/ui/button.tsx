import type { ButtonHTMLAttributes } from "react";

import { buttonClass, type ButtonStyle } from "./button-class";
import { cx } from "./cx";

/** A button in one of our variants; `type` defaults to "button" so it never submits by accident. */
export function Button({
  variant,
  size,
  block,
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle) {
  return <button type={type} className={cx(buttonClass({ variant, size, block }), className)} {...props} />;
}
