import { DocumentLink } from "@/components/ui/document-link";

import type { PostmortemData } from "@/lib/validations/postmortem";

type Origin = PostmortemData["origin"] | undefined;

const choices: { value: Origin; label: string }[] = [
  { value: undefined, label: "Both" },
  { value: "own", label: "Ours" },
  { value: "public", label: "Public" },
];

/** Ours, public or both: links that keep the rest of the page's filter (`hrefFor` builds each URL). */
export function OriginSwitch({ current, hrefFor }: { current: Origin; hrefFor: (origin: Origin) => string }) {
  return (
    <nav
      aria-label="Which incidents"
      className="inline-flex rounded-md text-sm ring-1 ring-zinc-300 dark:ring-zinc-700"
    >
      {choices.map((choice) => {
        const active = choice.value === current;
        return (
          <DocumentLink
            key={choice.label}
            href={hrefFor(choice.value)}
            aria-current={active ? "true" : undefined}
            className={`px-3 py-1.5 first:rounded-l-md last:rounded-r-md ${
              active
                ? "bg-zinc-900 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900"
                : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            }`}
          >
            {choice.label}
          </DocumentLink>
        );
      })}
    </nav>
  );
}
