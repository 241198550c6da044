import type { TextareaHTMLAttributes } from "react";

import { cx } from "./cx";
import { fieldClass, type FieldStyle } from "./field-class";

/** A styled <textarea>; the label and messages are the caller's. */
export function Textarea({
  size,
  inline,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldStyle) {
  return <textarea className={cx(fieldClass({ size, inline }), className)} {...props} />;
}
