import type { ReactNode } from "react";

// Admin pages are per user and per request: never cached.
export const dynamic = "force-dynamic";

export default function Layout({ children }: { children: ReactNode }) {
  return children;
}
