import { cx } from "./cx";

export type ButtonVariant = "primary" | "accent" | "secondary" | "outline" | "danger" | "subtle";
export type ButtonSize = "xs" | "sm" | "md" | "lg";

const variants: Record<ButtonVariant, string> = {
  /** the dark button: the main action of a form or page */
  primary:
    "bg-zinc-900 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300",
  /** indigo: saving in the editor */
  accent:
    "bg-indigo-700 font-semibold text-white shadow-sm hover:bg-indigo-800 dark:bg-indigo-600 dark:hover:bg-indigo-500",
  secondary:
    "border border-zinc-300 font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800",
  /** an indigo outline: add or restore something */
  outline:
    "border border-indigo-400 font-medium text-indigo-800 hover:bg-indigo-50 dark:border-indigo-600 dark:text-indigo-200 dark:hover:bg-indigo-950",
  danger: "bg-red-700 font-semibold text-white hover:bg-red-800",
  subtle: "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800",
};

const sizes: Record<ButtonSize, string> = {
  xs: "rounded px-2 py-0.5 text-xs",
  sm: "rounded-md px-3 py-1 text-sm",
  md: "rounded-md px-3 py-1.5 text-sm",
  lg: "rounded-md px-4 py-2 text-sm",
};

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** the full width of its container */
  block?: boolean;
}

/** The classes of a button, for a <button> (Button) or a link that looks like one (ButtonLink). */
export function buttonClass({ variant = "primary", size = "md", block = false }: ButtonStyle = {}): string {
  return cx("disabled:cursor-not-allowed disabled:opacity-60", variants[variant], sizes[size], block && "w-full");
}
