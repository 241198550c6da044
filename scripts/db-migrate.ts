// npm run db:migrate: apply prisma/migrations to DATABASE_URL or the embedded database.
import { migrate } from "@/lib/db/migrate";

import { openDatabase } from "./lib/with-database";

const database = await openDatabase();
try {
  const result = await migrate(database.url);
  console.log(
    `migrations: ${result.applied.length} applied${result.applied.length ? ` (${result.applied.join(", ")})` : ""}, ${result.alreadyApplied} already applied`,
  );
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
