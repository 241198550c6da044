import { z } from "zod";

import { roles } from "@/lib/auth/roles";

import { optionalText, requiredText, slugSchema } from "./common";
import { postmortemStatuses } from "./postmortem";

/** Bodies and parameters of the authoring API (docs/authoring-api.md); the postmortem itself is `postmortemSchema`. */

/** Versions are PostgreSQL integers: a larger number names no version. */
const MAX_VERSION = 2_147_483_647;

/** The version a change is based on (optimistic locking). */
export const version = z
  .int({ error: "must be a whole number (the version your edit is based on)" })
  .positive({ error: "must be 1 or more" })
  .max(MAX_VERSION, { error: `at most ${MAX_VERSION}` });

export const saveBodySchema = z.strictObject({
  version,
  postmortem: z.record(z.string(), z.unknown(), { error: "must be the postmortem object" }),
});

/** POST /api/patterns, /api/limits: an object, checked field by field by failurePatternSchema or limitSchema. */
export const catalogBodySchema = z.record(z.string(), z.unknown(), { error: "must be an object" });

/** PUT /api/patterns/<slug> and /api/limits/<id>: the entry (failurePatternSchema, limitSchema) and the version it is based on. */
export const patternSaveBodySchema = z.strictObject({
  version,
  pattern: z.record(z.string(), z.unknown(), { error: "must be the pattern object" }),
});
export const limitSaveBodySchema = z.strictObject({
  version,
  limit: z.record(z.string(), z.unknown(), { error: "must be the limit object" }),
});

export const statusBodySchema = z.strictObject({
  to: z.enum(postmortemStatuses, { error: `must be one of: ${postmortemStatuses.join(", ")}` }),
  version,
});

export const restoreBodySchema = z.strictObject({ version });

/** Approving or rejecting a proposal names the revision of it that was read; a comment is for its author. */
export const decisionBodySchema = z.strictObject({
  revision: z
    .int({ error: "must be a whole number (the proposal's revision you read)" })
    .positive({ error: "must be 1 or more" }),
  comment: optionalText(10_000),
});

export const commentBodySchema = z.strictObject({ body: requiredText(10_000) });

export const tokenBodySchema = z.strictObject({ name: requiredText(100) });

export const roleBodySchema = z.strictObject({ role: z.enum(roles, { error: `must be one of: ${roles.join(", ")}` }) });

/** An account's fields, for the first admin (/api/setup) and for sign-up (Better Auth's, checked in a hook). */
const accountFields = {
  name: requiredText(100),
  email: z.email({ error: "not an email address" }).max(254, { error: "at most 254 characters" }),
  password: z
    .string({ error: "required" })
    .min(10, { error: "at least 10 characters" })
    .max(128, { error: "at most 128 characters" }),
};

export const setupBodySchema = z.strictObject(accountFields);

/** Sign-up's body: Better Auth takes more (callbackURL, image), so other fields are left to it. */
export const signUpBodySchema = z.object(accountFields);

export const slugParamsSchema = z.object({ slug: slugSchema });
/** `[id]` of /api/limits/<id>: limit ids are slugs. */
export const limitParamsSchema = z.object({ id: slugSchema });
export const revisionParamsSchema = z.object({
  slug: slugSchema,
  version: z.coerce.number().int().positive().max(MAX_VERSION),
});
export const proposalParamsSchema = z.object({ slug: slugSchema, id: z.uuid() });
export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const uuidParamsSchema = z.object({ id: z.uuid() });

/** `?status=` of GET /api/postmortems/<slug>/proposals. */
export const proposalsQuerySchema = z.object({
  status: z
    .enum(["pending", "approved", "rejected"], { error: "must be one of: pending, approved, rejected" })
    .optional(),
});

/** `?replace=<version>` of POST /api/postmortems/import. */
export const importQuerySchema = z.object({
  replace: z.coerce
    .number({ error: "must be the current version (a whole number)" })
    .int()
    .positive()
    .max(MAX_VERSION, { error: `at most ${MAX_VERSION}` })
    .optional(),
});

export const suggestQuerySchema = z.object({
  text: z.string().max(20_000, { error: "at most 20,000 characters" }).default(""),
  limit: z.coerce.number({ error: "must be a whole number from 1 to 20" }).int().min(1).max(20).default(5),
  /** The postmortem being edited, so it does not suggest its own patterns back. */
  exclude: slugSchema.optional(),
});
