import type { ReactNode } from "react";

/** A table's column headings, small and upper-case above a rule; the last column has no right padding. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="border-b border-zinc-300 text-xs tracking-wide text-zinc-600 uppercase dark:border-zinc-700 dark:text-zinc-400">
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={index === columns.length - 1 ? "py-2" : "py-2 pr-3"}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
