import Link from "next/link";

export function PatternChip({ slug, name }: { slug: string; name: string }) {
  return (
    <Link
      href={`/patterns/${slug}`}
      className="inline-flex rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 ring-1 ring-indigo-200 ring-inset hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-800 dark:hover:bg-indigo-900"
    >
      {name}
    </Link>
  );
}
