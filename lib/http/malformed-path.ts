/**
 * A path whose percent-encoding does not decode (`%FF`, `%ED%A0%80`: not UTF-8) names
 * nothing; Next.js would fail on it with a plain-text 500 while decoding route parameters,
 * so proxy.ts answers it first, as a 400 that says what is wrong.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const malformedPathMessage =
  "The address is not valid: it has a percent-encoded sequence that is not UTF-8 (such as %FF).";
