import type { TestUser } from "./users";

export type Signed = TestUser & { cookie: string };

export interface CallResult {
  status: number;
  headers: Headers;
  /** parsed JSON, or the text when it is not JSON (a page) */
  body: any;
  text: string;
}

/**
 * One HTTP call to the app as a user (their session cookie, and the Origin a
 * browser sends with it) or as nobody; a body is sent as JSON. Redirects are
 * not followed.
 */
export function caller(base: string) {
  return async function call(
    method: string,
    path: string,
    options: { as?: Signed | null; body?: unknown } = {},
  ): Promise<CallResult> {
    const headers: Record<string, string> = {};
    if (options.as) Object.assign(headers, { cookie: options.as.cookie, origin: base });
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      redirect: "manual",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // a page, not JSON
    }
    return { status: response.status, headers: response.headers, body, text };
  };
}
