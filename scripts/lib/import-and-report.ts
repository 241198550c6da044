import path from "node:path";

import { importContent, type ImportOptions } from "@/lib/use-cases/import-content";
import { createPrismaClient } from "@/lib/db/client";

/** Imports content/ and prints what happened; returns false when a file had errors. */
export async function importAndReport(
  url: string,
  poolMax: number,
  root = path.resolve("content"),
  options: ImportOptions = {},
): Promise<boolean> {
  const prisma = createPrismaClient(url, poolMax);
  try {
    const report = await importContent(prisma, root, options);
    for (const error of report.errors) console.error(error.message);
    console.log(
      `content: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.errors.length} with errors`,
    );
    return report.errors.length === 0;
  } finally {
    await prisma.$disconnect();
  }
}
