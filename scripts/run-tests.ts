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

// Two files at a time: a test file spends much of its time waiting on its server, its browser or
// its database, so two keep the machine's two cores busy. HINDSIGHT_TEST_CONCURRENCY=1 runs one by one.
const concurrency = Math.max(1, Number(process.env.HINDSIGHT_TEST_CONCURRENCY) || 2);
const engine = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : "embedded PGlite";
console.log(`running ${files.length} test files (${selected.join(", ")}) against ${engine}, ${concurrency} at a time`);
const tap = path.join(mkdtempSync(path.join(tmpdir(), "hindsight-tests-")), "report.tap");
const result = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--conditions=react-server",
    "--test",
    `--test-concurrency=${concurrency}`,
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: "test", NEXT_TELEMETRY_DISABLED: "1" }, timeout: 40 * 60_000 },
);

if (result.error || result.signal)
  console.error(`the test run was stopped: ${result.error?.message ?? result.signal} (the limit is 40 minutes)`);
const report = readFileSync(tap, "utf8");
const count = (name: string) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0);
const passed = count("pass");
const failed = count("fail") + count("cancelled");
const ok = result.status === 0 && failed === 0 && passed > 0;
console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
