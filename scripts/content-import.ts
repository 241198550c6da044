// npm run content:import [dir]: validate content/ and upsert it, one transaction per file.
import path from "node:path";

import { migrate } from "@/lib/db/migrate";

import { importAndReport } from "./lib/import-and-report";
import { openDatabase } from "./lib/with-database";

const database = await openDatabase();
let ok = false;
try {
  await migrate(database.url);
  ok = await importAndReport(database.url, database.embedded ? 1 : 4, path.resolve(process.argv[2] ?? "content"));
} catch (error) {
  console.error(`content:import failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.close();
}
process.exit(ok ? 0 : 1);
