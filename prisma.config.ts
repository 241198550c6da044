import { defineConfig } from "prisma/config";

// The runtime connects through @prisma/adapter-pg (lib/db.ts); this file only
// serves the CLI. Migrations are applied by scripts/db-migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/hindsight" },
});
