/** HINDSIGHT_REQUIRE_LOGIN=true: reading anything needs an account. */
export function loginRequired(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.HINDSIGHT_REQUIRE_LOGIN?.trim() ?? "");
}
