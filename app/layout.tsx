import type { Metadata } from "next";
import type { ReactNode } from "react";

import { DatabaseBanner } from "@/components/layout/database-banner";
import { KeyboardShortcuts } from "@/components/layout/keyboard-shortcuts";
import { QueryProvider } from "@/components/layout/query-provider";
import { SiteHeader } from "@/components/layout/site-header";
import { themeScript } from "@/components/layout/theme-toggle";
import { OfflineSupport } from "@/components/offline/offline-support";
import { SaveForOffline } from "@/components/offline/save-for-offline";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hindsight", template: "%s · Hindsight" },
  description: "Postmortems as structured data, cross-linked by failure pattern.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          data-no-print
          className="sr-only z-50 rounded-md bg-zinc-900 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:px-4 focus:py-2 dark:bg-zinc-100 dark:text-zinc-900"
        >
          Skip to content
        </a>
        <QueryProvider>
          <OfflineSupport />
          <SiteHeader />
          <DatabaseBanner />
          {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
            {children}
          </main>
          <footer
            data-site-footer
            className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-8 text-xs text-zinc-600 dark:text-zinc-400"
          >
            <span>Hindsight: what we learned, so it does not happen again.</span>
            <SaveForOffline />
            <KeyboardShortcuts />
          </footer>
        </QueryProvider>
      </body>
    </html>
  );
}
