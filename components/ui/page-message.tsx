import type { ReactNode } from "react";

/** A whole page that is only a message: not found, not allowed, could not load; with the way on. */
export function PageMessage({
  eyebrow,
  title,
  children,
  action,
  alert = false,
}: {
  /** a short red line above the title, such as "403 · Not allowed" */
  eyebrow?: string;
  title: string;
  children: ReactNode;
  action: ReactNode;
  /** announce it at once (role="alert") */
  alert?: boolean;
}) {
  return (
    <div role={alert ? "alert" : undefined} className="mx-auto max-w-lg py-16 text-center">
      {eyebrow ? (
        <p className="mb-2 text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">{eyebrow}</p>
      ) : null}
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{children}</p>
      <div className="mt-6">{action}</div>
    </div>
  );
}
