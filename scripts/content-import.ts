// npm run content:import [dir ...] [--overwrite]: validate content/ and the packs of HINDSIGHT_PACKS (or the
// directories named, in order) and upsert them, one transaction per file. A file whose slug or id belongs to
// a row written in the app or imported from another file is refused; --overwrite writes it anyway and says
// what it replaced (docs/content-format.md, "Importing over what exists").
import path from "node:path";

import { ALL_PAGES_TAG, publishOnce } from "@/lib/cluster/channel";
import { migrate } from "@/lib/db/migrate";

import { contentRoots, projectDir } from "./lib/content-roots";
import { importAndReport } from "./lib/import-and-report";
import { openDatabase } from "./lib/with-database";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith("--") && a !== "--overwrite");
if (unknown.length) {
  console.error(`content:import: unknown option ${unknown.join(", ")} (usage: content:import [dir ...] [--overwrite])`);
  process.exit(2);
}
const dirs = args.filter((a) => !a.startsWith("--"));
const database = await openDatabase();
let ok = false;
try {
  await migrate(database.url);
  ok = await importAndReport(
    database.url,
    database.embedded ? 1 : 4,
    dirs.length ? dirs.map((d) => path.resolve(d)) : contentRoots(),
    { overwrite: args.includes("--overwrite"), sourceBase: projectDir },
  );
  // Running app instances on this database drop their cached pages (lib/cluster/channel.ts).
  if (!database.embedded)
    await publishOnce(database.url, { type: "tags", tags: [ALL_PAGES_TAG] }).catch((error: unknown) =>
      console.warn(`could not tell running instances to drop their cached pages: ${String(error)}`),
    );
} catch (error) {
  console.error(`content:import failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.close();
}
process.exit(ok ? 0 : 1);
