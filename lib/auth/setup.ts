import "server-only";

import { NextResponse } from "next/server";

import { ApiError } from "@/lib/api/errors";
import { noStore } from "@/lib/api/route";
import { db } from "@/lib/db";

import { authFor } from "./server";
import { countUsers } from "./users";

// One first-run setup at a time in this process: two racing forms cannot both create an admin.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Creates the first account as an admin and signs it in (the answer carries
 * the session cookie), while no account exists; null once one does.
 */
export function createFirstAdmin(
  request: Request,
  input: { name: string; email: string; password: string },
): Promise<Response | null> {
  const run = queue.then(async () => {
    if ((await countUsers()) > 0) return null;
    const signUp = await authFor(request).api.signUpEmail({ body: input, headers: request.headers, asResponse: true });
    const body = (await signUp.json().catch(() => null)) as {
      user?: { id: string; name: string; email: string };
      message?: string;
    } | null;
    if (!signUp.ok || !body?.user) {
      throw new ApiError(
        signUp.status >= 500 ? 500 : 422,
        "sign_up_failed",
        body?.message ?? "The account could not be created.",
      );
    }
    await db.user.update({ where: { id: body.user.id }, data: { role: "admin" } });
    const response = NextResponse.json({ user: { ...body.user, role: "admin" } }, { status: 201, headers: noStore });
    for (const cookie of signUp.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
    return response;
  });
  queue = run.catch(() => undefined);
  return run;
}
