"use client";

import { useState, type FormEvent } from "react";

import { FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

/** Create, list and revoke your API tokens; a new token's secret is shown once. */
export function TokenManager({ initial }: { initial: TokenRow[] }) {
  const [tokens, setTokens] = useState(initial);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name") ?? "");
    setPending(true);
    setError(null);
    const response = await fetch("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    }).catch(() => null);
    setPending(false);
    const body = (await response?.json().catch(() => null)) as {
      token?: TokenRow;
      secret?: string;
      error?: { message?: string };
    } | null;
    if (!response?.ok || !body?.token || !body.secret) {
      setError(body?.error?.message ?? "The token was not created: Hindsight did not answer.");
      return;
    }
    setTokens((list) => [body.token!, ...list]);
    setSecret({ name: body.token.name, value: body.secret });
    formElement.reset();
  }

  async function revoke(token: TokenRow) {
    if (!confirm(`Revoke "${token.name}"? Scripts using it stop working at once.`)) return;
    const response = await fetch(`/api/tokens/${token.id}`, { method: "DELETE" }).catch(() => null);
    if (response?.ok || response?.status === 404) setTokens((list) => list.filter((t) => t.id !== token.id));
    else setError("The token was not revoked: Hindsight did not answer.");
  }

  return (
    <div className="space-y-6">
      <form onSubmit={create} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <FormField
            id="token-name"
            name="name"
            label="New token name"
            placeholder="e.g. incident bot"
            required
            maxLength={100}
          />
        </div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {secret ? (
        <div
          role="status"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          <p className="font-medium">Copy the secret of “{secret.name}” now: it is shown only once.</p>
          <code className="block rounded bg-white px-2 py-1 font-mono break-all dark:bg-zinc-900" data-token-secret>
            {secret.value}
          </code>
          <p className="text-xs">
            Use it as <code>Authorization: Bearer {secret.value.slice(0, 10)}…</code>; it acts with your role.
          </p>
        </div>
      ) : null}
      {tokens.length === 0 ? (
        <EmptyState compact>No tokens yet.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th className="py-2 pr-3 font-medium">Name</th>
              <th className="py-2 pr-3 font-medium">Starts with</th>
              <th className="py-2 pr-3 font-medium">Created</th>
              <th className="py-2 pr-3 font-medium">Last used</th>
              <th className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-zinc-200 dark:border-zinc-800">
                <td className="py-2 pr-3">{token.name}</td>
                <td className="py-2 pr-3 font-mono">{token.prefix}…</td>
                <td className="py-2 pr-3">{date(token.createdAt)}</td>
                <td className="py-2 pr-3">{date(token.lastUsedAt)}</td>
                <td className="py-2 text-right">
                  <button
                    type="button"
                    onClick={() => revoke(token)}
                    className="rounded px-2 py-1 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950"
                  >
                    Revoke<span className="sr-only"> {token.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
