import Link from "next/link";

import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";

/** "Edit" and "History" on a postmortem's page, for authors and above; nothing for readers. */
export async function PostmortemActions({ slug }: { slug: string }) {
  const user = await getCurrentUser();
  if (!canEdit(user?.role)) return null;
  const linkClass =
    "rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Edit this postmortem" data-no-print className="flex flex-wrap gap-2">
      <Link href={`/postmortems/${slug}/edit`} className={linkClass}>
        Edit
      </Link>
      <Link href={`/postmortems/${slug}/history`} className={linkClass}>
        History
      </Link>
    </nav>
  );
}
