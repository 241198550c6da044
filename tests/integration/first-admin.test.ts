import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";

import { createAuth, type Auth } from "@/lib/auth/auth";
import { adminFromEnv, ensureAdmin } from "@/lib/auth/bootstrap-admin";

import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

// What `npm start` does with HINDSIGHT_ADMIN_EMAIL / HINDSIGHT_ADMIN_PASSWORD.
let database: TestDatabase;
let auth: Auth;

before(async () => {
  database = await createTestDatabase();
  auth = createAuth({
    prisma: database.prisma,
    secure: false,
    env: { ...process.env, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url") },
  });
});
after(() => database.drop());

test(`the admin from the environment is created once, then left alone, and an existing account is promoted (${engine})`, async () => {
  const input = { email: "Ops@Example.test", password: "a long enough password", name: "Ops" };
  assert.equal(await ensureAdmin(auth, database.prisma, input), "created");
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "ops@example.test" } });
  assert.deepEqual([user.name, user.role], ["Ops", "admin"]);
  const signIn = await auth.api.signInEmail({ body: { email: "ops@example.test", password: input.password } });
  assert.equal(signIn.user.id, user.id, "the password works");
  assert.equal(
    await ensureAdmin(auth, database.prisma, { ...input, password: "another password entirely" }),
    "unchanged",
  );
  await auth.api.signInEmail({ body: { email: "ops@example.test", password: input.password } });

  const { user: viewer } = await auth.api.signUpEmail({
    body: { email: "later@example.test", password: "a long enough password", name: "Later" },
  });
  assert.equal(
    (await database.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).role,
    "viewer",
    "sign-up makes viewers",
  );
  assert.equal(
    await ensureAdmin(auth, database.prisma, { email: "later@example.test", password: "whatever it is" }),
    "promoted",
  );
  assert.equal((await database.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).role, "admin");
  assert.equal(await database.prisma.user.count(), 2);
});

test("a role outside the four is refused by the database", async () => {
  await assert.rejects(
    database.prisma.user.create({ data: { id: "x", name: "X", email: "x@example.test", role: "owner" } }),
    /users_role_check|check constraint/i,
  );
});

test("HINDSIGHT_ADMIN_EMAIL and HINDSIGHT_ADMIN_PASSWORD come together or not at all", () => {
  assert.equal(adminFromEnv({}), null);
  assert.deepEqual(
    adminFromEnv({ HINDSIGHT_ADMIN_EMAIL: " a@b.c ", HINDSIGHT_ADMIN_PASSWORD: "pw", HINDSIGHT_ADMIN_NAME: "A" }),
    { email: "a@b.c", password: "pw", name: "A" },
  );
  assert.throws(() => adminFromEnv({ HINDSIGHT_ADMIN_EMAIL: "a@b.c" }), /both/);
});
