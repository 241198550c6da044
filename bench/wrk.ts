// Runs Debian's `wrk` against one URL and reads its figures (requests per second,
// p50/p95/p99 in ms, errors, bytes per response). Used by bench/pages.ts and bench/scale.ts.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

import { repoRoot } from "../tests/helpers/paths";

export interface WrkFigures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytes: number;
}

/** Exits with what to install when wrk is missing. */
export function requireWrk(): void {
  if (spawnSync("wrk", ["--version"]).error) {
    console.error("wrk is not installed: apt-get install -y wrk");
    process.exit(1);
  }
}

// wrk's own summary has no p95: a done() hook prints the percentiles in milliseconds as JSON.
// `paths` (optional): requests cycle through them (e.g. several search queries).
function script(paths: string[]): string {
  const file = path.join(repoRoot, `bench/out/wrk-${paths.length ? "paths" : "percentiles"}-${process.pid}.lua`);
  mkdirSync(path.dirname(file), { recursive: true });
  const cycle = paths.length
    ? `local paths = { ${paths.map((p) => JSON.stringify(p)).join(", ")} }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
`
    : "";
  writeFileSync(
    file,
    `${cycle}done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"p50":%f,"p95":%f,"p99":%f}\\n',
    summary.requests, summary.duration, summary.bytes, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`,
  );
  return file;
}

// Not execFileSync: an embedded database may run in this process and must keep answering while wrk runs.
const run = promisify(execFile);

export async function wrk(
  url: string,
  options: { connections: number; seconds: number; paths?: string[] },
): Promise<WrkFigures> {
  const { connections, seconds } = options;
  const { stdout: out } = await run(
    "wrk",
    [
      "-t",
      String(Math.min(connections, 2)),
      "-c",
      String(connections),
      "-d",
      `${seconds}s`,
      "--timeout",
      "30s",
      "-s",
      script(options.paths ?? []),
      url,
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const line = out.split("\n").find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no figures:\n${out}`);
  const figures = JSON.parse(line) as {
    requests: number;
    duration_us: number;
    bytes: number;
    errors: number;
    p50: number;
    p95: number;
    p99: number;
  };
  return {
    requestsPerSecond: figures.requests / (figures.duration_us / 1e6),
    p50: figures.p50,
    p95: figures.p95,
    p99: figures.p99,
    errors: figures.errors,
    bytes: Math.round(figures.bytes / Math.max(figures.requests, 1)),
  };
}
