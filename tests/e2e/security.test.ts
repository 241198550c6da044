import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";

import { freePort } from "@/lib/db/embedded";
import { signInLockout } from "@/lib/auth/sign-in-lockout";

import { serveArgs, startAppServer, stopChild, type AppServer } from "../helpers/app-server";
import { repoRoot } from "../helpers/paths";
import { createUser, randomClientIp, signedInUser, type TestUser } from "../helpers/users";

// Issue 11 items 2, 6, 7, 9 over real HTTP against the built app: the sign-in
// limits (per address, per account, whose X-Forwarded-For is believed), the
// security headers, what /api/health tells whom, and the status of refused pages.

let proxied: AppServer; // HINDSIGHT_TRUSTED_PROXIES=127.0.0.1: the test is the proxy
let direct: AppServer; // trusts no proxy: the address is the socket's peer
before(async () => {
  [proxied, direct] = await Promise.all([startAppServer(), startAppServer({ env: { HINDSIGHT_TRUSTED_PROXIES: "" } })]);
});
after(() => Promise.all([proxied?.stop(), direct?.stop()]));

function signInAttempt(app: AppServer, user: { email: string; password: string }, ip?: string) {
  return fetch(`${app.baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.baseUrl, ...(ip ? { "x-forwarded-for": ip } : {}) },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
}

const wrong = (user: TestUser) => ({ email: user.email, password: "not the password at all" });

describe("the sign-in limit", () => {
  test("a client that is not a trusted proxy gains nothing by sending a new X-Forwarded-For each time", async () => {
    const user = await createUser(direct.database, { role: "viewer" });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await signInAttempt(direct, wrong(user), randomClientIp())).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    const right = await signInAttempt(direct, user, randomClientIp());
    assert.equal(right.status, 429, "the right password waits too, whatever address it claims");
    assert.ok(Number(right.headers.get("retry-after")) > 0, "429 says when to retry");
  });

  test("a trusted proxy's X-Forwarded-For is believed: one address is limited, the next one is not", async () => {
    const user = await createUser(proxied.database, { role: "viewer" });
    const [blocked, other] = [randomClientIp(), randomClientIp()];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signInAttempt(proxied, wrong(user), blocked)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    assert.equal((await signInAttempt(proxied, user, blocked)).status, 429);
    assert.equal((await signInAttempt(proxied, user, other)).status, 200, "another client behind the proxy signs in");
    // What the client wrote left of the proxy's own entry is not believed.
    const spoofed = await signInAttempt(proxied, user, `${randomClientIp()}, ${blocked}`);
    assert.equal(spoofed.status, 429);
  });

  test(`${signInLockout.maxFailures} failed sign-ins for one account from as many addresses lock that account, even for the right password`, async () => {
    const [victim, bystander] = await Promise.all([
      createUser(proxied.database, { role: "author" }),
      createUser(proxied.database, { role: "author" }),
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < signInLockout.maxFailures; i++)
      statuses.push((await signInAttempt(proxied, wrong(victim), randomClientIp())).status);
    assert.deepEqual(statuses, Array(signInLockout.maxFailures).fill(401));
    const right = await signInAttempt(proxied, victim, randomClientIp());
    assert.equal(right.status, 429, "locked: the right password from a fresh address is refused too");
    assert.equal((await right.json()).code, "ACCOUNT_LOCKED");
    const retryAfter = Number(right.headers.get("retry-after"));
    assert.ok(retryAfter > signInLockout.lockSeconds - 60 && retryAfter <= signInLockout.lockSeconds, `${retryAfter}`);
    assert.equal((await signInAttempt(proxied, bystander, randomClientIp())).status, 200, "other accounts sign in");
    // The counts live in the database, shared by every app process.
    const row = await proxied.database.prisma.signInFailure.findUnique({ where: { email: victim.email } });
    assert.ok(row?.lockedUntil && row.lockedUntil > new Date());
  });

  test("an unknown email is counted and locked the same way (the answer does not say which accounts exist)", async () => {
    const ghost = { email: `ghost-${randomBytes(4).toString("hex")}@example.test`, password: "no such account" };
    const statuses: number[] = [];
    for (let i = 0; i < signInLockout.maxFailures; i++)
      statuses.push((await signInAttempt(proxied, ghost, randomClientIp())).status);
    assert.deepEqual(statuses, Array(signInLockout.maxFailures).fill(401));
    const next = await signInAttempt(proxied, ghost, randomClientIp());
    assert.equal(next.status, 429);
    assert.equal((await next.json()).code, "ACCOUNT_LOCKED");
  });

  test("a successful sign-in clears the account's failures", async () => {
    const user = await createUser(proxied.database, { role: "viewer" });
    for (let i = 0; i < 3; i++) assert.equal((await signInAttempt(proxied, wrong(user), randomClientIp())).status, 401);
    assert.equal((await signInAttempt(proxied, user, randomClientIp())).status, 200);
    assert.equal(await proxied.database.prisma.signInFailure.count({ where: { email: user.email } }), 0);
  });

  test("sign-up is limited per address too", async () => {
    const ip = randomClientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${proxied.baseUrl}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: proxied.baseUrl, "x-forwarded-for": ip },
        body: JSON.stringify({ name: "Sig", email: "short", password: "x" }),
      });
      statuses.push(response.status);
    }
    assert.equal(statuses.at(-1), 429);
    assert.ok(
      statuses.slice(0, 5).every((s) => s === 400 || s === 422),
      statuses.join(","),
    );
  });
});

const expectedHeaders = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function assertSecurityHeaders(response: Response, what: string) {
  for (const [name, value] of Object.entries(expectedHeaders)) assert.equal(response.headers.get(name), value, what);
  const csp = response.headers.get("content-security-policy") ?? "";
  for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"])
    assert.ok(csp.includes(directive), `${what}: CSP has ${directive}: ${csp}`);
  assert.match(csp, /script-src 'self'[^;]*;/, what);
  assert.doesNotMatch(csp, /unsafe-eval/, `${what}: no eval in production`);
  assert.ok(response.headers.get("permissions-policy")?.includes("camera=()"), what);
}

describe("security headers", () => {
  test("every page, API answer and error carries them", async () => {
    const viewer = await signedInUser(proxied.baseUrl, proxied.database, "viewer");
    const requests: Array<[string, RequestInit?]> = [
      ["/"],
      ["/postmortems/cce-elb-members-per-pool-quota"],
      ["/search?q=ELB.8905"],
      ["/patterns/lb-quota-exhaustion"],
      ["/sign-in"],
      ["/postmortems/no-such-postmortem"],
      ["/postmortems/new", { headers: { cookie: viewer.cookie } }],
      ["/api/health"],
      ["/api/search?q=quota"],
      ["/api/postmortems", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }],
      ["/api/auth/get-session"],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(`${proxied.baseUrl}${path}`, { redirect: "manual", ...init });
      assertSecurityHeaders(response, `${init?.method ?? "GET"} ${path} (${response.status})`);
      await response.arrayBuffer();
    }
  });
});

describe("/api/health", () => {
  test("an anonymous caller gets the status only; an admin also the detail", async () => {
    const anonymous = await fetch(`${proxied.baseUrl}/api/health`);
    assert.deepEqual(await anonymous.json(), { status: "ok" });
    const admin = await signedInUser(proxied.baseUrl, proxied.database, "admin");
    const detailed = await (await fetch(`${proxied.baseUrl}/api/health`, { headers: { cookie: admin.cookie } })).json();
    assert.equal(detailed.status, "ok");
    assert.equal(detailed.database.ok, true);
    assert.equal(typeof detailed.database.latencyMs, "number");
    const author = await signedInUser(proxied.baseUrl, proxied.database, "author");
    const notAdmin = await fetch(`${proxied.baseUrl}/api/health`, { headers: { cookie: author.cookie } });
    assert.deepEqual(await notAdmin.json(), { status: "ok" });
  });

  test("with the database unreachable it answers 503 degraded, naming no host or port", async () => {
    const [port, deadPort] = await Promise.all([freePort(), freePort()]);
    const child = spawn(process.execPath, serveArgs(port), {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/hindsight`,
        HINDSIGHT_DB_POOL_MAX: "1",
        BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
    try {
      let response: Response | null = null;
      for (let i = 0; i < 240 && !response; i++) {
        if (child.exitCode !== null) assert.fail(`server exited:\n${output.join("")}`);
        response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
        if (!response) await new Promise((r) => setTimeout(r, 250));
      }
      assert.ok(response, `no answer:\n${output.join("")}`);
      assert.equal(response.status, 503);
      const text = await response.text();
      // The status and since when (for the outage banner), nothing about where the database is.
      const body = JSON.parse(text);
      assert.deepEqual(Object.keys(body).sort(), ["status", "unreachableSince"]);
      assert.equal(body.status, "degraded");
      assert.ok(Date.now() - Date.parse(body.unreachableSince) < 120_000, body.unreachableSince);
      assert.ok(!text.includes(String(deadPort)) && !text.includes("127.0.0.1"), text);
      assertSecurityHeaders(response, "health while the database is away");
    } finally {
      await stopChild(child);
    }
  });
});

describe("pages refused or missing answer with their status", () => {
  test("a viewer gets 403 from the editor pages and API tokens, with the reason", async () => {
    const viewer = await signedInUser(proxied.baseUrl, proxied.database, "viewer");
    for (const path of [
      "/postmortems/new",
      "/postmortems/cce-elb-members-per-pool-quota/edit",
      "/postmortems/cce-elb-members-per-pool-quota/history",
      "/settings/tokens",
    ]) {
      const response = await fetch(`${proxied.baseUrl}${path}`, { headers: { cookie: viewer.cookie } });
      assert.equal(response.status, 403, path);
      // The reason is rendered from the page's data (the browser test reads it on screen).
      const html = await response.text();
      assert.match(html, /403 · Not allowed/, path);
      assert.match(html, /Your role does not open this page/, path);
    }
  });

  test("an author still gets the editor (200); signed out is sent to sign in; the admin page is 404 to others", async () => {
    const author = await signedInUser(proxied.baseUrl, proxied.database, "author");
    assert.equal(
      (await fetch(`${proxied.baseUrl}/postmortems/new`, { headers: { cookie: author.cookie } })).status,
      200,
    );
    const signedOut = await fetch(`${proxied.baseUrl}/postmortems/new`, { redirect: "manual" });
    assert.ok([303, 307].includes(signedOut.status), String(signedOut.status));
    assert.match(signedOut.headers.get("location") ?? "", /\/sign-in\?next=%2Fpostmortems%2Fnew/);
    const admin = await fetch(`${proxied.baseUrl}/admin/users`, { headers: { cookie: author.cookie } });
    assert.equal(admin.status, 404);
    assert.equal((await fetch(`${proxied.baseUrl}/postmortems/no-such-postmortem`)).status, 404);
    assert.equal((await fetch(`${proxied.baseUrl}/no/such/page`)).status, 404);
  });
});
