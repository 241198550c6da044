/**
 * Where the database is. `DATABASE_URL` points at any PostgreSQL server;
 * without it, scripts/start.ts serves the embedded PGlite database and sets
 * DATABASE_URL (and a pool of one: PGlite runs one query at a time).
 */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): { url: string; poolMax: number } {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set: start the app with `npm start` (embedded database) or set DATABASE_URL=postgresql://...",
    );
  }
  const poolMax = Number(env.HINDSIGHT_DB_POOL_MAX ?? 10);
  return { url, poolMax: Number.isInteger(poolMax) && poolMax > 0 ? poolMax : 10 };
}
