// The HTTP server in front of Next.js: the production command (`npm run serve`, one
// per instance; docs/operations.md), what `npm start` runs after its set-up, and what
// the tests start. Next's own request handler behind node:http, so that the client's
// address is decided here, from the socket, and not by whatever X-Forwarded-For a
// client sends (Next passes a client's X-Forwarded-For through as it is). It never
// migrates or imports: it checks first (scripts/lib/preflight.ts). Usage:
//   node --import tsx scripts/serve.ts [--dev] [-p PORT] [-H HOST]
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";

import next from "next";

import { loginRequired } from "@/lib/auth/login-required";
import { warmAllPages, warmPages } from "@/lib/cache/warm";
import { ALL_PAGES_TAG, startClusterChannel } from "@/lib/cluster/channel";
import { databaseConfig } from "@/lib/db/config";
import { databaseUnreachableSince } from "@/lib/db/availability";
import { readingPageCacheControl } from "@/lib/http/cache-control";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

import { preflight } from "./lib/preflight";

const args = process.argv.slice(2);
const option = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const dev = args.includes("--dev");
const port = Number(option("-p") ?? process.env.PORT ?? 3000);
const hostname = option("-H");

const problems = await preflight({ dev });
if (problems.length) {
  for (const problem of problems) console.error(`serve: ${problem}`);
  process.exit(1);
}

const trusted = parseTrustedProxies(process.env.HINDSIGHT_TRUSTED_PROXIES);
if (trusted.invalid.length) {
  console.error(`HINDSIGHT_TRUSTED_PROXIES: not an address or CIDR range: ${trusted.invalid.join(", ")}`);
  process.exit(1);
}
// Random per process, so no client can send it; lib/auth reads it (lib/http/client-address.ts).
const header = `x-hindsight-client-${randomBytes(12).toString("hex")}`;
process.env.HINDSIGHT_CLIENT_ADDRESS_HEADER = header;

// Several instances on one database tell each other what a write made stale (lib/cluster/channel.ts).
// Not with a pool of one (embedded PGlite: one connection, so one process), nor with HINDSIGHT_CLUSTER=off.
const cluster =
  databaseConfig().poolMax > 1 && !/^(off|false|0|no)$/i.test(process.env.HINDSIGHT_CLUSTER ?? "")
    ? startClusterChannel(databaseConfig().url)
    : null;
// The outage copy stays fresh on every instance: what another instance's write invalidated is rendered here too.
cluster?.subscribe((envelope, own) => {
  if (own) return;
  const { message } = envelope;
  if (message.type === "warm") warmPages(message.paths);
  else if (message.tags.includes(ALL_PAGES_TAG)) void warmAllPages().catch(() => undefined);
});

const requireLogin = loginRequired();
const server = createServer();
const app = next({ dev, hostname, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.on("request", (req, res) => {
  const client = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (client) req.headers[header] = client;
  else delete req.headers[header];
  // What reaches the app is the one address decided above, never the client's own claim.
  if (client) req.headers["x-forwarded-for"] = client;
  else delete req.headers["x-forwarded-for"];
  // A page that failed because the database is away is a 503 (come back soon), not a 500 (our bug).
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => typeof res;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500 && databaseUnreachableSince()) {
      res.setHeader("retry-after", "5");
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === "cache-control" && typeof value === "string"
        ? readingPageCacheControl(value, requireLogin)
        : value,
    );
  void handle(req, res);
});
process.env.HINDSIGHT_SELF_URL = `http://${hostname && hostname !== "0.0.0.0" ? hostname : "127.0.0.1"}:${port}`;
server.listen(port, hostname, () => {
  console.log(`> ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
  // Every reading page into the cache, one at a time (lib/cache/warm.ts); not in development.
  if (!dev)
    void warmAllPages().then(
      (count) => count && console.log(`page cache: warming ${count} reading pages`),
      () => undefined,
    );
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // A graceful stop (a rolling deploy): no new connections, idle keep-alive ones closed, the requests in
  // flight answered (at most 5 s), then out. The proxy sends new requests to the other instances meanwhile.
  process.on(signal, () => {
    const exit = () => void (cluster?.close() ?? Promise.resolve()).finally(() => process.exit(0));
    server.close(exit);
    server.closeIdleConnections();
    setTimeout(exit, 5_000).unref();
  });
}
