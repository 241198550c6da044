// npm test [unit|integration|e2e ...]: runs the suites with node's test runner
// against DATABASE_URL (a scratch database per test file) or embedded PGlite,
// and ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { buildIfNeeded } from "./lib/build-if-needed";

const all = ["unit", "integration", "e2e"];
const suites = process.argv.slice(2).filter((a) => all.includes(a));
const selected = suites.length ? suites : all;

const files = selected.flatMap((suite) => {
  const dir = path.join("tests", suite);
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".test.ts"))
    .sort()
    .map((f) => path.join(dir, f));
});

if (selected.includes("e2e")) buildIfNeeded();

const engine = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : "embedded PGlite";
console.log(`running ${files.length} test files (${selected.join(", ")}) against ${engine}`);
const tap = path.join(mkdtempSync(path.join(tmpdir(), "hindsight-tests-")), "report.tap");
const result = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--conditions=react-server",
    "--test",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: "test", NEXT_TELEMETRY_DISABLED: "1" }, timeout: 25 * 60_000 },
);

const report = readFileSync(tap, "utf8");
const count = (name: string) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0);
const passed = count("pass");
const failed = count("fail") + count("cancelled");
const ok = result.status === 0 && failed === 0 && passed > 0;
console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
