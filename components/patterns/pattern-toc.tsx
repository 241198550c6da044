export interface TocEntry {
  id: string;
  label: string;
}

/** Jump links to a pattern's sections: a row on phones, a sticky column beside the text on wide screens. */
export function PatternToc({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" data-no-print className="text-sm lg:sticky lg:top-20">
      <p aria-hidden="true" className="mb-2 hidden font-semibold text-zinc-800 lg:block dark:text-zinc-200">
        On this page
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 lg:flex-col lg:gap-y-2 lg:border-l lg:border-zinc-200 lg:pl-4 lg:dark:border-zinc-800">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className="text-zinc-700 underline decoration-zinc-300 underline-offset-2 hover:decoration-current lg:no-underline lg:hover:underline dark:text-zinc-300 dark:decoration-zinc-600"
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
