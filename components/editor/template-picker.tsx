import type { PostmortemTemplate } from "@/lib/postmortems/templates";

/**
 * "Start from": one link per template, so choosing works without JavaScript.
 * Plain links, not client navigation: the page unloads, so the editor's local
 * draft is written (on pagehide) before the next form starts, and offered back there.
 */
export function TemplatePicker({ templates, chosen }: { templates: readonly PostmortemTemplate[]; chosen: string }) {
  return (
    <nav aria-labelledby="template-picker-heading" className="space-y-2">
      <h2 id="template-picker-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        Start from
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {templates.map((template) => {
          const current = template.id === chosen;
          return (
            <li key={template.id}>
              <a
                href={template.id === "blank" ? "/postmortems/new" : `/postmortems/new?template=${template.id}`}
                aria-current={current ? "page" : undefined}
                className={`block h-full rounded-lg border p-3 text-sm hover:border-indigo-500 ${
                  current
                    ? "border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/50"
                    : "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
                }`}
              >
                <span className="block font-semibold text-zinc-900 dark:text-zinc-50">
                  {template.name}
                  {current ? <span className="sr-only"> (chosen)</span> : null}
                </span>
                <span className="mt-0.5 block text-zinc-600 dark:text-zinc-400">{template.description}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        A template fills the form with questions to answer, never with facts: replace each prompt with what happened.
        Unsaved work in this browser is offered back, not replaced.
      </p>
    </nav>
  );
}
