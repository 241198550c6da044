import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { after, before, describe, test } from "node:test";

import type { Browser, Page } from "playwright-core";

import { importContent } from "@/lib/use-cases/import-content";
import { freePort } from "@/lib/db/embedded";

import { serveArgs, stopChild, waitForHealth } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";
import { contentDir, repoRoot } from "../helpers/paths";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { createUser, signIn } from "../helpers/users";

/** A TCP forwarder between the app and its database: stopping it takes the database away. */
class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target, "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => [client, upstream].forEach((s) => s.destroy()));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  get running(): boolean {
    return this.server !== null;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

let database: TestDatabase;
let proxy: TcpProxy;
let baseUrl: string;
let stopServer: () => Promise<void>;
let browser: Browser;
let ada: string;
let bob: string;
const slug = "e2e-resilience";

/** The built app over a fresh database, reaching it only through the proxy. */
async function startAppBehindProxy(): Promise<void> {
  database = await createTestDatabase();
  const report = await importContent(database.prisma, contentDir);
  assert.deepEqual(report.errors, []);
  const target = new URL(database.url);
  proxy = new TcpProxy(await freePort(), Number(target.port));
  await proxy.start();
  target.port = String(proxy.port);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, serveArgs(port), {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: target.toString(),
      HINDSIGHT_DB_POOL_MAX: String(database.poolMax),
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      HINDSIGHT_TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
  await waitForHealth(baseUrl, child, output);
  stopServer = () => stopChild(child);
}

function api(path: string, cookie: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { cookie, origin: baseUrl, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

before(async () => {
  [, browser] = await Promise.all([startAppBehindProxy(), launchBrowser()]);
  const [a, b] = await Promise.all([
    createUser(database, { role: "author", name: "Ada Author" }),
    createUser(database, { role: "reviewer", name: "Bob Reviewer" }),
  ]);
  [ada, bob] = await Promise.all([signIn(baseUrl, a), signIn(baseUrl, b)]);
  const created = await api("/api/postmortems", ada, {
    method: "POST",
    body: {
      slug,
      title: "Resilience base",
      summary: "A postmortem to edit from two places.",
      severity: "SEV3",
      impact: "Base impact.",
      timeZone: "UTC",
    },
  });
  assert.equal(created.status, 201, await created.text());
});
after(async () => {
  await browser?.close();
  await stopServer?.();
  await proxy?.stop();
  await database?.drop();
});

async function editorAs(cookie: string, path = `/postmortems/${slug}/edit`): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    }),
  );
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.locator("#pm-title").waitFor();
  return page;
}

async function waitForSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => /^Saved \d\d:\d\d$/.test(document.querySelector("[data-testid=save-status]")?.textContent ?? ""),
    undefined,
    { timeout },
  );
}

async function stored() {
  return (await (await api(`/api/postmortems/${slug}`, ada)).json()).postmortem as Record<string, string>;
}

describe("no typed text is lost", () => {
  test("two people edit the same postmortem: the second save opens the conflict view, and both texts survive", async () => {
    const [a, b] = await Promise.all([editorAs(ada), editorAs(bob)]);
    try {
      await a.locator("#pm-title").fill("Title by Ada");
      await a.locator("#pm-impact").fill("Impact from Ada.");
      await a.keyboard.press("Control+s");
      await waitForSaved(a);

      await b.locator("#pm-impact").fill("Impact from Bob.");
      await b.locator("#pm-rootCause").fill("Root cause from Bob.");
      await b.keyboard.press("Control+s");
      const view = b.getByRole("region", { name: /saved version \d+ at .* while you were editing/ });
      await view.waitFor();
      assert.match(await b.getByTestId("save-status").innerText(), /Not saved: someone else saved a newer version/);
      const title = view.locator("[data-conflict-field=title]");
      assert.match(await title.innerText(), /changed by them only/);
      assert.equal(await title.getByLabel("Take theirs").isChecked(), true, "their title is proposed");
      const impact = view.locator("[data-conflict-field=impact]");
      assert.match(await impact.innerText(), /changed by both of you/);
      assert.match(await impact.innerText(), /Impact from Ada\./);
      assert.match(await impact.innerText(), /Impact from Bob\./);
      assert.equal(
        await view.locator("[data-conflict-field=rootCause]").count(),
        0,
        "a field only Bob changed is not a conflict",
      );
      assert.equal(await view.getByRole("button", { name: "Save with these choices" }).isDisabled(), true);
      await impact.getByLabel("Keep both (theirs, then mine)").check();
      await view.getByRole("button", { name: "Save with these choices" }).click();
      await waitForSaved(b);

      const pm = await stored();
      assert.equal(pm.title, "Title by Ada");
      assert.equal(pm.impact, "Impact from Ada.\n\nImpact from Bob.");
      assert.equal(pm.rootCause, "Root cause from Bob.");
      assert.equal(await b.locator("#pm-title").inputValue(), "Title by Ada", "the form shows the merged postmortem");
    } finally {
      await Promise.all([a.context().close(), b.context().close()]);
    }
  });

  test("reloading mid-edit offers the unsaved changes back; Restore fills the form", async () => {
    const page = await editorAs(ada);
    try {
      await page.locator("#pm-resolution").fill("Typed before the reload.");
      await page.locator("#pm-environment-components").fill("Gateway");
      await page.keyboard.press("Enter");
      await page.waitForTimeout(600); // the draft is written 300 ms after typing stops
      await page.reload();
      const banner = page.getByRole("region", { name: /You have unsaved changes from \d\d:\d\d/ });
      await banner.waitFor();
      assert.equal(
        await page.locator("#pm-resolution").inputValue(),
        "",
        "the form shows the server's copy until you choose",
      );
      await banner.getByRole("button", { name: "Restore" }).click();
      assert.equal(await page.locator("#pm-resolution").inputValue(), "Typed before the reload.");
      assert.match(await page.getByRole("list", { name: /Components/ }).innerText(), /Gateway/);
      await page.keyboard.press("Control+s");
      await waitForSaved(page);
      await page.reload();
      await page.locator("#pm-title").waitFor();
      await page.waitForTimeout(300);
      assert.equal(
        await page.getByRole("region", { name: /You have unsaved changes/ }).count(),
        0,
        "a saved draft is not offered again",
      );
      assert.equal((await stored()).resolution, "Typed before the reload.");
    } finally {
      await page.context().close();
    }
  });

  test("a new postmortem not saved yet survives a reload", async () => {
    const page = await editorAs(ada, "/postmortems/new");
    try {
      await page.locator("#pm-title").fill("Half-written at 3 a.m.");
      await page.waitForTimeout(600);
      await page.reload();
      await page
        .getByRole("region", { name: /You have unsaved changes/ })
        .getByRole("button", { name: "Restore" })
        .click();
      assert.equal(await page.locator("#pm-title").inputValue(), "Half-written at 3 a.m.");
      assert.equal(await page.locator("#pm-slug").inputValue(), "half-written-at-3-a-m");
    } finally {
      await page.context().close();
    }
  });

  test("the database goes away mid-edit and comes back: the save retries and succeeds with everything typed", async () => {
    const page = await editorAs(ada);
    try {
      await proxy.stop();
      await page.locator("#pm-detection").fill("Typed while the database was away.");
      await page.keyboard.press("Control+s");
      await page
        .getByTestId("save-status")
        .filter({ hasText: /^Not saved: .* — retrying$/ })
        .waitFor({ timeout: 15_000 });
      await page.locator("#pm-detection").press("End");
      await page.keyboard.insertText(" And more, typed during the retries.");
      await page.waitForTimeout(2_000);
      await proxy.start();
      await waitForSaved(page, 45_000);
      assert.equal(
        (await stored()).detection,
        "Typed while the database was away. And more, typed during the retries.",
      );
    } finally {
      if (!proxy.running) await proxy.start();
      await page.context().close();
    }
  });
});
