import type { ReactNode } from "react";

/** One part of the form: a heading people and the error summary can jump to. */
export function EditorSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={`section-${id}`}
      aria-labelledby={`section-${id}-heading`}
      className="scroll-mt-36 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-950"
    >
      <h2 id={`section-${id}-heading`} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      {description ? <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
