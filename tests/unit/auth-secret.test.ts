import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { hasRole } from "@/lib/auth/roles";
import { resolveAuthSecret } from "@/lib/auth/secret";

import { withTempDir } from "../helpers/temp-dir";

test("without BETTER_AUTH_SECRET a secret is generated once into the data directory (mode 0600) and reused", async () => {
  await withTempDir(async (dir) => {
    const env = { HINDSIGHT_DATA_DIR: dir };
    const first = resolveAuthSecret(env);
    assert.ok(first.length >= 40);
    const file = path.join(dir, "auth-secret");
    assert.equal(readFileSync(file, "utf8"), first);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(resolveAuthSecret(env), first);
  });
});

test("BETTER_AUTH_SECRET wins, and a short one is refused", () => {
  const secret = "x".repeat(40);
  assert.equal(resolveAuthSecret({ BETTER_AUTH_SECRET: secret, HINDSIGHT_DATA_DIR: "/nonexistent" }), secret);
  assert.throws(() => resolveAuthSecret({ BETTER_AUTH_SECRET: "short" }), /at least 32 characters/);
});

test("roles are ordered viewer < author < reviewer < admin; an unknown role counts as a viewer", () => {
  assert.ok(hasRole("admin", "reviewer") && hasRole("reviewer", "author") && hasRole("author", "author"));
  assert.ok(!hasRole("author", "reviewer") && !hasRole("viewer", "author"));
  assert.ok(!hasRole("owner", "author") && !hasRole(null, "author") && hasRole("owner", "viewer"));
});
