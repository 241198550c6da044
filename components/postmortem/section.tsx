import type { ReactNode } from "react";

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-24">
      <h2
        id={`${id}-heading`}
        className="mb-3 border-b border-zinc-200 pb-1 text-lg font-semibold dark:border-zinc-800"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
