import { existsSync } from "node:fs";
import path from "node:path";

import { resolveAuthSecret } from "@/lib/auth/secret";
import { databaseConfig } from "@/lib/db/config";
import { pendingMigrations } from "@/lib/db/migrate";
import { isDatabaseUnavailable } from "@/lib/db/postgres-error";
import { replicaUrls } from "@/lib/db/replicas";

/**
 * What `npm run serve` (scripts/serve.ts) checks before it listens, so that a
 * misconfigured instance stops at once with what to do, instead of serving
 * errors: a database named, the secret every instance shares, a build of this
 * code, the migrations this build needs, readable replica URLs. A database that
 * does not answer yet is not a reason to stay down (the outage copy answers).
 * Returns the problems; empty when it may start.
 */
export async function preflight(options: { dev: boolean }): Promise<string[]> {
  const problems: string[] = [];
  let url: string | null = null;
  try {
    url = databaseConfig().url;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (!process.env.BETTER_AUTH_SECRET?.trim())
    problems.push(
      "BETTER_AUTH_SECRET is not set: every instance must sign sessions with the same secret (at least 32 characters, e.g. `openssl rand -base64 32`); `npm start` makes one for you",
    );
  else
    try {
      resolveAuthSecret();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  if (!options.dev && !existsSync(path.join(".next", "BUILD_ID")))
    problems.push("no production build in .next: run `npm run build` first");
  try {
    if (replicaUrls().length && databaseConfig().poolMax === 1)
      problems.push("DATABASE_REPLICA_URLS needs a PostgreSQL server in DATABASE_URL, not the embedded database");
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (url) {
    try {
      const pending = await pendingMigrations(url);
      if (pending.length)
        problems.push(
          `the database lacks ${pending.length} migration(s) this build needs (${pending.join(", ")}): run \`npm run db:migrate\` first`,
        );
    } catch (error) {
      if (!isDatabaseUnavailable(error))
        problems.push(
          `could not read the database's migrations: ${error instanceof Error ? error.message : String(error)}`,
        );
      else console.warn("database not reachable at start: serving what the outage copy holds until it answers");
    }
  }
  return problems;
}
