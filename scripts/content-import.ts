// npm run content:import [dir ...] [--overwrite]: validate content/ and the packs of HINDSIGHT_PACKS (or the
// directories named, in order) and upsert them, one transaction per file
// (--overwrite: also over postmortems edited in the app since their last import).
import path from "node:path";

import { migrate } from "@/lib/db/migrate";

import { contentRoots } from "./lib/content-roots";
import { importAndReport } from "./lib/import-and-report";
import { openDatabase } from "./lib/with-database";

const database = await openDatabase();
let ok = false;
try {
  await migrate(database.url);
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith("--"));
  ok = await importAndReport(
    database.url,
    database.embedded ? 1 : 4,
    dirs.length ? dirs.map((d) => path.resolve(d)) : contentRoots(),
    {
      overwriteAppEdits: args.includes("--overwrite"),
    },
  );
} catch (error) {
  console.error(`content:import failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.close();
}
process.exit(ok ? 0 : 1);
