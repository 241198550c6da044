import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const stampFile = path.join(".next", "hindsight-build-hash");

/** A hash of everything `next build` reads, so `npm start` rebuilds only after a change. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  inputs.forEach(visit);
  return hash.digest("hex");
}

export function buildIfNeeded(): void {
  const hash = sourceHash();
  if (existsSync(path.join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash)
    return;
  console.log("building the app (next build)...");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(stampFile, hash);
}
