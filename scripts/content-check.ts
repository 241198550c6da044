// Validates content/ without touching a database: `npx tsx scripts/content-check.ts [dir]`.
import path from "node:path";

import { loadContentDirectory } from "@/lib/content/load-directory";

const root = path.resolve(process.argv[2] ?? "content");
const set = await loadContentDirectory(root);
for (const error of set.errors) console.error(error.message);
console.log(
  `${set.postmortems.length} postmortems, ${set.patterns.length} patterns, ${set.limits.length} limits valid; ${set.errors.length} file(s) with errors`,
);
process.exit(set.errors.length ? 1 : 0);
