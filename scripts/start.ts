// npm start: database (embedded PGlite under .data/, or DATABASE_URL), migrations,
// the first admin (HINDSIGHT_ADMIN_EMAIL/PASSWORD), content import, a build if the
// sources changed, then the Next.js server.
import { spawn } from "node:child_process";

import { resolveAuthSecret } from "@/lib/auth/secret";
import { migrate } from "@/lib/db/migrate";

import { buildIfNeeded } from "./lib/build-if-needed";
import { ensureAdminFromEnv } from "./lib/ensure-admin";
import { importAndReport } from "./lib/import-and-report";
import { openDatabase } from "./lib/with-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const database = await openDatabase();
const poolMax = database.embedded ? 1 : 10;
let authSecret = "";
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await database.close().catch(() => undefined);
  process.exit(code);
};

try {
  const result = await migrate(database.url);
  if (result.applied.length) console.log(`migrations applied: ${result.applied.join(", ")}`);
  // BETTER_AUTH_SECRET, else one generated once and kept in the data directory.
  authSecret = resolveAuthSecret();
  await ensureAdminFromEnv(database.url, poolMax, authSecret);
  const clean = await importAndReport(database.url, poolMax);
  if (!clean) console.warn("some content files were not imported (see above); starting anyway");
  if (!dev) buildIfNeeded();
} catch (error) {
  console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}

console.log(
  `${database.embedded ? "embedded database (PGlite, .data/)" : "database from DATABASE_URL"}; serving on http://localhost:${port}`,
);
// scripts/serve.ts: Next.js behind our own node:http server, which decides each client's address.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : []), "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    HINDSIGHT_DB_POOL_MAX: String(poolMax),
    BETTER_AUTH_SECRET: authSecret,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on("exit", (code) => void stop(code ?? 0));
