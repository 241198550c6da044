import type { Metadata } from "next";
import type { ReactNode } from "react";

import { QueryProvider } from "@/components/layout/query-provider";
import { SiteHeader } from "@/components/layout/site-header";
import { themeScript } from "@/components/layout/theme-toggle";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hindsight", template: "%s · Hindsight" },
  description: "Postmortems as structured data, cross-linked by failure pattern.",
};

// Every page reads the live database.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <QueryProvider>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">
            {children}
          </main>
          <footer data-site-footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-zinc-600 dark:text-zinc-400">
            Hindsight: what we learned, so it does not happen again.
          </footer>
        </QueryProvider>
      </body>
    </html>
  );
}
