import type { InputHTMLAttributes } from "react";

import { cx } from "./cx";
import { fieldClass, type FieldStyle } from "./field-class";

/** A styled <input>; the label and messages are the caller's. */
export function TextInput({
  size,
  inline,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & FieldStyle) {
  return <input className={cx(fieldClass({ size, inline }), className)} {...props} />;
}
