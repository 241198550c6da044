// Validates content without a database: `npx tsx scripts/content-check.ts [dir ...]`
// (default: content/ and the packs of HINDSIGHT_PACKS; later directories may reference earlier ones).
import path from "node:path";

import { loadContentDirectories } from "@/lib/content/load-directory";

import { contentRoots } from "./lib/content-roots";

const dirs = process.argv.slice(2);
const roots = dirs.length ? dirs.map((dir) => path.resolve(dir)) : contentRoots();
const set = await loadContentDirectories(roots);
for (const error of set.errors) console.error(error.message);
console.log(
  `${set.postmortems.length} postmortems, ${set.patterns.length} patterns, ${set.limits.length} limits valid in ${roots.length} director${roots.length === 1 ? "y" : "ies"}; ${set.errors.length} file(s) with errors`,
);
process.exit(set.errors.length ? 1 : 0);
