// How limit fields read when the sources leave them out.

/** "50 attachments"; a value that is already prose ("no fixed number", "60 s (...)") keeps its own words. */
export function formatDefaultValue(defaultValue: string | null, unit: string | null): string {
  const value = defaultValue?.trim();
  if (!value) return "not stated";
  const numeric = /^[\d.,\s–-]+$/.test(value);
  return numeric && unit?.trim() ? `${value} ${unit.trim()}` : value;
}

export function formatAdjustable(adjustable: boolean | null): string {
  return adjustable === null ? "unknown" : adjustable ? "yes" : "no";
}

export function orNotStated(value: string | null | undefined): string {
  return value?.trim() ? value : "not stated";
}

export const incidentCount = (n: number) =>
  n === 0 ? "no incidents yet" : `${n} ${n === 1 ? "incident" : "incidents"}`;

/** A documentation link only when it is http(s): the content is trusted, but a page should not carry javascript: URLs. */
export function safeDocUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed : null;
  } catch {
    return null;
  }
}

export const providerAnchor = (provider: string) =>
  `provider-${provider
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
