import type { ReactNode } from "react";

// Per request: these pages depend on who is asking (and the first-admin state).
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-sm py-8">{children}</div>;
}
