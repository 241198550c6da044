export type Underline = "always" | "hover";

/** The indigo link style, also for a <button> that reads as a link ("Retry now", "Undo"). */
export function textLinkClass(underline: Underline = "hover"): string {
  return underline === "always"
    ? "text-indigo-700 underline hover:no-underline dark:text-indigo-300"
    : "text-indigo-700 hover:underline dark:text-indigo-300";
}
