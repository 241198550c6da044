/** Who may do what (docs/authoring-api.md "Roles and who may do what"); each role includes the ones before it. */
export const roles = ["viewer", "author", "reviewer", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** True when `role` is `required` or above it. An unknown role counts as a viewer. */
export function hasRole(role: string | null | undefined, required: Role): boolean {
  const rank = roles.indexOf(isRole(role) ? role : "viewer");
  return rank >= roles.indexOf(required);
}

/** Authors and above read drafts, in-review postmortems, revisions and comments. */
export const canEdit = (role: string | null | undefined) => hasRole(role, "author");

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}
