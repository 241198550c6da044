import { cx } from "./cx";

export type FieldSize = "sm" | "md" | "lg" | "xl";

const sizes: Record<FieldSize, string> = {
  sm: "rounded-md px-2 py-1",
  md: "rounded-md px-2.5 py-1.5",
  lg: "rounded-md px-3 py-2",
  xl: "rounded-lg p-3",
};

export interface FieldStyle {
  size?: FieldSize;
  /** as wide as its content instead of its container */
  inline?: boolean;
}

/** The classes of a text input, textarea or select: one border, one focus ring, red when aria-invalid. */
export function fieldClass({ size = "md", inline = false }: FieldStyle = {}): string {
  return cx(
    !inline && "w-full",
    sizes[size],
    "border border-zinc-300 bg-white text-sm text-zinc-900 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-600 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:focus:ring-indigo-900 dark:aria-[invalid=true]:border-red-400",
  );
}
