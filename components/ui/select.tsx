import type { SelectHTMLAttributes } from "react";

import { cx } from "./cx";
import { fieldClass, type FieldStyle } from "./field-class";

/** A styled <select>, never wider than its container; the options and the label are the caller's. */
export function Select({
  size,
  inline,
  className,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & FieldStyle) {
  return <select className={cx(fieldClass({ size, inline }), "max-w-full", className)} {...props} />;
}
