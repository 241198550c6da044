"use client";

import { useState } from "react";

import { Select } from "@/components/ui/select";
import { roles, type Role } from "@/lib/auth/roles";

/** An admin changes one user's role (PATCH /api/users/<id>); the result is announced. */
export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: string }) {
  const [value, setValue] = useState(role);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function change(next: Role) {
    const previous = value;
    setValue(next);
    setPending(true);
    setStatus(null);
    const response = await fetch(`/api/users/${encodeURIComponent(userId)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: next }),
    }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      setStatus({ ok: true, text: "Saved" });
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setValue(previous);
    setStatus({ ok: false, text: body?.error?.message ?? "Not saved: Hindsight did not answer." });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {userName}
      </label>
      <Select
        id={`role-${userId}`}
        size="sm"
        inline
        value={value}
        disabled={pending}
        onChange={(event) => change(event.target.value as Role)}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </Select>
      <span
        role="status"
        className={`text-xs ${status?.ok === false ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}
      >
        {status?.text ?? ""}
      </span>
    </div>
  );
}
