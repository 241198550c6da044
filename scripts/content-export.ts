// npm run content:export [dir]: write the database back to the content format (default: export/).
import path from "node:path";

import { exportContent } from "@/lib/use-cases/export-content";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

import { openDatabase } from "./lib/with-database";

const root = path.resolve(process.argv[2] ?? "export");
const database = await openDatabase();
let ok = false;
try {
  await migrate(database.url);
  const prisma = createPrismaClient(database.url, 1);
  const { files } = await exportContent(prisma, root);
  await prisma.$disconnect();
  console.log(`exported ${files.length} files to ${root}`);
  ok = true;
} catch (error) {
  console.error(`content:export failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.close();
}
process.exit(ok ? 0 : 1);
