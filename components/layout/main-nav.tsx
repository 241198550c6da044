"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { publicPathOf } from "@/lib/cache/cached-routes";

const nav = [
  // A postmortem's page belongs to home; the index (/postmortems itself) is its own section.
  { href: "/", label: "Postmortems", section: /^\/(postmortems\/.|$)/ },
  { href: "/postmortems", label: "Index", section: /^\/postmortems\/?$/ },
  { href: "/patterns", label: "Patterns", section: /^\/patterns(\/|$)/ },
  { href: "/limits", label: "Limits", section: /^\/limits(\/|$)/ },
  { href: "/action-items", label: "Action items", section: /^\/action-items(\/|$)/ },
  { href: "/insights", label: "Insights", section: /^\/insights(\/|$)/ },
];

/**
 * The site's sections. The link of the page you are on is `aria-current="page"`;
 * inside a section (a postmortem, a pattern) its link is `aria-current="true"`.
 */
export function MainNav() {
  // A cached page is rendered under its internal route (lib/cache/cached-routes.ts): name it as the reader sees it.
  const pathname = publicPathOf(usePathname());
  return (
    // Each link is at least 24 px tall with room around it: a touch target (WCAG 2.5.8), not just its text.
    <nav aria-label="Main" className="flex flex-wrap gap-2 text-sm">
      {nav.map((item) => {
        const current = pathname === item.href ? "page" : item.section.test(pathname) ? "true" : undefined;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current}
            className="inline-flex min-h-8 items-center px-1.5 text-zinc-600 decoration-2 underline-offset-[0.4rem] hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white [&[aria-current]]:font-medium [&[aria-current]]:text-zinc-900 [&[aria-current]]:underline dark:[&[aria-current]]:text-white"
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
