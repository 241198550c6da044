import { NextResponse } from "next/server";

import { checkDatabase } from "@/lib/db/health";

// GET /api/health - does the database answer?
export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    { status: database.ok ? "ok" : "degraded", database },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
