import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";

import { importContent } from "@/lib/use-cases/import-content";
import { freePort } from "@/lib/db/embedded";

import { contentDir, repoRoot } from "./paths";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface AppServer {
  baseUrl: string;
  database: TestDatabase;
  stop: () => Promise<void>;
}

/** The arguments that start the built app as `npm start` does (scripts/serve.ts: Next.js behind our node:http server). */
export function serveArgs(port: number): string[] {
  return ["--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"];
}

/**
 * The built app (scripts/serve.ts, as `npm start` runs it) over a fresh test database with content/ imported
 * (or `content`: one directory, or several in order, e.g. content/ and a pack).
 * `env` adds to the server's environment (e.g. HINDSIGHT_REQUIRE_LOGIN); each
 * server gets its own BETTER_AUTH_SECRET unless one is given.
 */
export async function startAppServer(
  options: {
    content?: string | string[];
    env?: Record<string, string>;
    /** a PostgreSQL server of the test's own (tests/helpers/own-cluster.ts) instead of DATABASE_URL's */
    databaseServer?: string;
    /** the URL the app connects with, made from the database's (e.g. through tests/helpers/tcp-cut.ts) */
    connectVia?: (databaseUrl: string) => Promise<string>;
  } = {},
): Promise<AppServer> {
  const database = await createTestDatabase(options.databaseServer ?? process.env.DATABASE_URL);
  const report = await importContent(database.prisma, options.content ?? contentDir);
  if (report.errors.length)
    throw new Error(`content did not import:\n${report.errors.map((e) => e.message).join("\n")}`);
  const appDatabaseUrl = options.connectVia ? await options.connectVia(database.url) : database.url;
  const { baseUrl, child, output } = await spawnAppProcess({
    DATABASE_URL: appDatabaseUrl,
    HINDSIGHT_DB_POOL_MAX: String(database.poolMax),
    ...options.env,
  });
  await waitForHealth(baseUrl, child, output);
  return {
    baseUrl,
    database,
    stop: async () => {
      await stopChild(child);
      await database.drop();
    },
  };
}

export interface AppProcess {
  port: number;
  baseUrl: string;
  child: ChildProcess;
  /** what it printed */
  output: string[];
}

/**
 * One app process (scripts/serve.ts on a free port, as `npm run serve` runs it), not yet
 * known to be healthy. `env` adds to and overrides the defaults below.
 */
export async function spawnAppProcess(env: Record<string, string>, port?: number): Promise<AppProcess> {
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, serveArgs(listen), {
    cwd: repoRoot,
    env: {
      ...process.env,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests are the proxy: their made-up X-Forwarded-For (users.ts randomClientIp)
      // is believed, as a real proxy's would be. A test of the untrusted case sets "".
      HINDSIGHT_TRUSTED_PROXIES: "127.0.0.1",
      // Not every page rendered at start (lib/cache/warm.ts): tests ask for the pages they read.
      HINDSIGHT_WARM_PAGES: "false",
      ...env,
    },
    stdio: ["ignore", process.env.SHOW_SERVER ? "inherit" : "pipe", process.env.SHOW_SERVER ? "inherit" : "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  return { port: listen, baseUrl: `http://127.0.0.1:${listen}`, child, output };
}

export async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: string[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output.join("")}`);
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
