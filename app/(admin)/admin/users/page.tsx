import type { Metadata } from "next";

import { RoleSelect } from "@/components/admin/role-select";
import { requirePageRole } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Users and roles" };

const roleHelp = [
  ["viewer", "reads published postmortems"],
  ["author", "also writes drafts, edits, comments, submits for review, uses API tokens"],
  ["reviewer", "also publishes, and takes published postmortems back to draft"],
  ["admin", "also manages users' roles"],
] as const;

export default async function UsersPage() {
  const me = await requirePageRole("admin", "/admin/users");
  const users = await listUsers();
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Users and roles</h1>
        <dl className="mt-2 grid gap-x-3 gap-y-0.5 text-sm text-zinc-600 sm:grid-cols-[auto_1fr] dark:text-zinc-400">
          {roleHelp.map(([role, text]) => (
            <div key={role} className="contents">
              <dt className="font-medium text-zinc-800 dark:text-zinc-200">{role}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </header>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-zinc-600 dark:text-zinc-400">
          <tr>
            <th className="py-2 pr-3 font-medium">Name</th>
            <th className="py-2 pr-3 font-medium">Email</th>
            <th className="py-2 pr-3 font-medium">Since</th>
            <th className="py-2 font-medium">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="py-2 pr-3">
                {user.name}
                {user.id === me.id ? <span className="text-zinc-500"> (you)</span> : null}
              </td>
              <td className="py-2 pr-3">{user.email}</td>
              <td className="py-2 pr-3">{user.createdAt.toISOString().slice(0, 10)}</td>
              <td className="py-2">
                <RoleSelect userId={user.id} userName={user.name} role={user.role} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
