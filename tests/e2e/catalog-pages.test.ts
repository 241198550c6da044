import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";

let app: AppServer;
let browser: Browser;
before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  // A page of its own context: AxeBuilder needs one; closing the page closes it (see close()).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(app.baseUrl + path);
  assert.equal(response?.status(), 200, `${path} answers 200`);
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

const hrefs = (scope: Page | Locator, selector: string) =>
  scope.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href")));

describe("the failure pattern pages", () => {
  test("/patterns lists every pattern with its occurrences, most frequent first", async () => {
    const page = await open("/patterns");
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Failure patterns");
    const items = page.getByRole("main").getByRole("listitem");
    assert.equal(await items.count(), 8);
    const first = items.first();
    assert.equal(await first.getByRole("link").innerText(), "Load-balancer backends out of sync with pod endpoints");
    assert.match(await first.innerText(), /3 incidents/);
    const quota = page.getByRole("link", { name: "Cloud load-balancer quota exhaustion" });
    assert.equal(await quota.getAttribute("href"), "/patterns/lb-quota-exhaustion");
    assert.match(await items.filter({ has: quota }).innerText(), /2 incidents/);
    await close(page);
  });

  test("/patterns/lb-quota-exhaustion explains the pattern and links to both quota incidents", async () => {
    const page = await open("/patterns/lb-quota-exhaustion");
    assert.equal(await page.title(), "Cloud load-balancer quota exhaustion · Hindsight");
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Cloud load-balancer quota exhaustion");
    for (const name of [
      "Mechanism",
      "How to recognise it",
      "Mitigations",
      "Prevention",
      "Related patterns",
      "Incidents that show this pattern",
      "How often it recurred",
    ]) {
      assert.equal(await page.getByRole("heading", { level: 2, name, exact: true }).count(), 1, `a "${name}" section`);
    }
    const incidents = page.getByRole("region", { name: "Incidents that show this pattern" });
    assert.deepEqual((await hrefs(incidents, "h3 a")).sort(), [
      "/postmortems/ack-slb-attachment-quota-release-outage",
      "/postmortems/cce-elb-members-per-pool-quota",
    ]);
    const ack = incidents.getByRole("article").filter({ hasText: "A Java release behind Kong and SLB" });
    const text = await ack.innerText();
    assert.match(text, /SEV2/);
    assert.match(text, /date unknown/);
    assert.match(text, /time to mitigate: unknown/);
    assert.match(text, /times the same server can be added/, "the note on how the pattern shows");
    assert.match(text, /routine release of the Java application/, "the trigger");
    assert.doesNotMatch(text, /null|Invalid Date|NaN/);
    const related = page.getByRole("region", { name: "Related patterns" });
    assert.equal(
      await related
        .getByRole("link", { name: "Load-balancer backends out of sync with pod endpoints" })
        .getAttribute("href"),
      "/patterns/lb-backends-out-of-sync",
    );
    const recurrence = page.getByRole("region", { name: "How often it recurred" });
    assert.match(await recurrence.innerText(), /date unknown\s+2 incidents/);
    await close(page);
  });

  test("an unknown pattern answers 404 with the not-found page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${app.baseUrl}/patterns/no-such-pattern`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "No such failure pattern");
    assert.equal(await page.getByRole("link", { name: "See every failure pattern" }).getAttribute("href"), "/patterns");
    await close(page);
  });
});

describe("the limit pages", () => {
  test("/limits groups the catalog under a heading per provider", async () => {
    const page = await open("/limits");
    const providers = await page.getByRole("main").getByRole("heading", { level: 2 }).allInnerTexts();
    assert.deepEqual(providers, ["Alibaba Cloud", "Huawei Cloud", "Kubernetes", "Linux kernel"]);
    const alibaba = page.getByRole("region", { name: "Alibaba Cloud" });
    assert.equal(await alibaba.getByRole("heading", { level: 3 }).count(), 3);
    const link = alibaba.getByRole("link", {
      name: "Times one ECS instance can be attached to SLB backend server groups",
    });
    assert.equal(await link.getAttribute("href"), "/limits/alibaba-slb-backend-attachments-per-ecs");
    const item = alibaba.getByRole("listitem").filter({
      has: page.getByRole("link", { name: "Times one ECS instance can be attached to SLB backend server groups" }),
    });
    const text = await item.innerText();
    assert.match(text, /SLB \(Classic Load Balancer\)/);
    assert.match(text, /50 attachments/);
    assert.match(text, /Adjustable\s+yes/);
    assert.match(text, /1 incident/);
    const listeners = alibaba.getByRole("listitem").filter({ hasText: "Listeners per SLB instance" });
    assert.match(await listeners.innerText(), /Default\s+not stated/);
    assert.match(await listeners.innerText(), /Adjustable\s+unknown/);
    await close(page);
  });

  test("/limits/<id> shows the limit and the incident it contributed to", async () => {
    const page = await open("/limits/alibaba-slb-backend-attachments-per-ecs");
    assert.equal(
      await page.getByRole("heading", { level: 1 }).innerText(),
      "Times one ECS instance can be attached to SLB backend server groups",
    );
    const doc = page.getByRole("link", { name: /^Official documentation on help\.aliyun\.com/ });
    assert.equal(
      await doc.getAttribute("href"),
      "https://help.aliyun.com/zh/slb/classic-load-balancer/product-overview/limits-1",
    );
    assert.equal(await doc.getAttribute("rel"), "noreferrer");
    assert.match(await page.getByRole("region", { name: "Description" }).innerText(), /counts per server, not per SLB/);
    const incidents = page.getByRole("region", { name: "Incidents it contributed to" });
    const link = incidents.getByRole("link", { name: /A Java release behind Kong and SLB/ });
    assert.equal(await link.getAttribute("href"), "/postmortems/ack-slb-attachment-quota-release-outage");
    const text = await incidents.innerText();
    assert.match(text, /Observed\s+50 \(default\), reached/);
    assert.match(text, /Raised to\s+80/);
    await close(page);
  });

  test("an unknown limit answers 404 with the not-found page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${app.baseUrl}/limits/no-such-limit`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "No such limit");
    await close(page);
  });
});

describe("the home page", () => {
  test("shows patterns by occurrences and the limits hit most beside the postmortems", async () => {
    const page = await open("/");
    assert.equal((await hrefs(page.getByRole("main"), "h2 a[href^='/postmortems/']")).length, 5);
    const patterns = page.getByRole("region", { name: "Patterns by occurrences" });
    const top = patterns.getByRole("listitem").first();
    assert.equal(await top.getByRole("link").getAttribute("href"), "/patterns/lb-backends-out-of-sync");
    assert.match(await top.innerText(), /3/);
    const limits = page.getByRole("region", { name: "Limits hit most" });
    assert.ok((await limits.getByRole("listitem").count()) > 0);
    assert.ok((await hrefs(limits, "li a")).every((href) => href?.startsWith("/limits/")));
    await close(page);
  });

  test("the tag filter narrows the list, says so, and can be cleared", async () => {
    const page = await open("/");
    await page
      .getByRole("region", { name: "Filter by tag" })
      .getByRole("link", { name: /^quota \(2 postmortems\)$/ })
      .click();
    await page.waitForURL(/\?tag=quota$/);
    // In main: the offline banner's live region (empty until it speaks) is a status too.
    const filterStatus = page.getByRole("main").getByRole("status");
    await filterStatus.waitFor();
    assert.deepEqual((await hrefs(page.getByRole("main"), "h2 a[href^='/postmortems/']")).sort(), [
      "/postmortems/ack-slb-attachment-quota-release-outage",
      "/postmortems/cce-elb-members-per-pool-quota",
    ]);
    assert.match(await filterStatus.innerText(), /2 postmortems with\s+tag:\s*quota/);
    await page.getByRole("link", { name: "Clear filter" }).click();
    await page.waitForURL((url) => url.search === "");
    await filterStatus.waitFor({ state: "detached" });
    assert.equal((await hrefs(page.getByRole("main"), "h2 a[href^='/postmortems/']")).length, 5);
    await close(page);
  });

  test("the component filter narrows the list, and a filter that matches nothing says so", async () => {
    const page = await open("/?component=Kong");
    assert.deepEqual(await hrefs(page.getByRole("main"), "h2 a[href^='/postmortems/']"), [
      "/postmortems/ack-slb-attachment-quota-release-outage",
    ]);
    await page.goto(`${app.baseUrl}/?tag=no-such-tag`);
    assert.match(await page.getByRole("main").innerText(), /No published postmortem matches this filter/);
    assert.equal(await page.getByRole("link", { name: "Show all postmortems" }).getAttribute("href"), "/");
    await close(page);
  });
});

describe("accessibility (axe)", () => {
  const paths = [
    "/patterns",
    "/patterns/lb-quota-exhaustion",
    "/limits",
    "/limits/alibaba-slb-backend-attachments-per-ecs",
    "/",
    "/?tag=quota",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of paths) {
      test(`${path} has no axe violations in ${colorScheme} mode`, async () => {
        const page = await open(path, colorScheme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const report = violations
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
          .join("\n");
        assert.equal(violations.length, 0, `axe violations on ${path} (${colorScheme}):\n${report}`);
        await close(page);
      });
    }
  }
});
