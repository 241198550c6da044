import type { Metadata } from "next";
import { forbidden } from "next/navigation";

import { TokenManager } from "@/components/admin/token-manager";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireSignedIn } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireSignedIn("/settings/tokens");
  // API tokens are for authors and above: a lower role gets a 403 that says why (app/forbidden.tsx).
  if (!canEdit(user.role)) forbidden();
  const tokens = await listApiTokens(user.id);
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          For scripts and bots: send <code>Authorization: Bearer hs_…</code> to the authoring API (
          <code>/api/postmortems/…</code>). A token acts with your role; revoke it when it is no longer needed.
        </p>
      </header>
      <TokenManager
        initial={tokens.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
