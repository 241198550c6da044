import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

export const dataDir = path.resolve(process.env.HINDSIGHT_DATA_DIR ?? ".data");

/** The embedded database's data folder may be opened by one process at a time. */
function lockDataDir(): () => void {
  const lock = path.join(dataDir, "hindsight.pid");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by process ${pid} (is \`npm start\` running?). Stop it first, or set DATABASE_URL.`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Database {
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/** DATABASE_URL if set, else the embedded PGlite database under .data/. */
export async function openDatabase(options: { port?: number } = {}): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, close: async () => undefined };
  const { mkdirSync } = await import("node:fs");
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir();
  let embedded: EmbeddedDatabase;
  try {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: options.port });
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    url: embedded.url,
    embedded: true,
    close: async () => {
      await embedded.stop();
      unlock();
    },
  };
}
