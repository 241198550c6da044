/**
 * Normalises pasted log text so that the same error with other timestamps,
 * addresses, ids and pod hashes searches the same way. Pure; applied to the
 * indexed text too (lib/search/search-document.ts), so both sides agree.
 */

/** Longest query searched, in UTF-8 bytes after trimming; longer pastes are cut with a notice. */
export const MAX_QUERY_BYTES = 4096;

export interface NormalizedQuery {
  /** The text searched: normalised lines joined with "\n" ("" when nothing is left). */
  text: string;
  lines: string[];
  truncated: boolean;
  /** UTF-8 bytes of the input after trimming (before any cut). */
  inputBytes: number;
  notices: string[];
}

// Kubernetes generated name suffixes use this alphabet (no vowels, no 0/1/3).
const K = "[bcdfghjklmnpqrstvwxz2456789]";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

// Order matters: request ids before UUIDs, dates before times, IPs before ports.
const RULES: Array<[RegExp, string]> = [
  // klog header: E1121 10:00:00.123456   12345 file.go:123]
  [/\b[IWEF]\d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\d+\s+[\w.-]+:\d+\]/g, " "],
  // [21/Nov/2026:10:00:00 +0800]
  [new RegExp(String.raw`\[\d{1,2}/${MONTH}/\d{4}(?::\d{2}){3}(?:\s*[+-]\d{4})?\]`, "g"), " "],
  // Mon, 02 Jan 2006 15:04:05 GMT
  [
    new RegExp(
      String.raw`\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d{1,2}\s+${MONTH}\s+\d{4}\s+\d{2}:\d{2}:\d{2}(?:\s+(?:GMT|UTC|[+-]\d{4}))?`,
      "g",
    ),
    " ",
  ],
  // ISO 8601 date-times and dates: 2024-01-02T10:15:01.123+08:00, 2024-01-02 10:15:01,123
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2})\b)?)?/g, " "],
  // nginx: 2024/01/02 10:15:01
  [/\b\d{4}\/\d{2}\/\d{2}(?:[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)?/g, " "],
  // syslog: Jan  2 10:15:01
  [new RegExp(String.raw`\b${MONTH}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?`, "g"), " "],
  // a bare time of day with seconds: 10:15:01.123Z
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?(?:Z|UTC|[+-]\d{2}:?\d{2})\b)?/g, " "],
  // request ids: keep the key, drop the value
  [
    /\b((?:x-)?(?:request|req|trace|span|correlation|transaction)[-_ ]?id)\b["']?\s*[:=]\s*["']?[\w.:-]+["']?/gi,
    " $1 ",
  ],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, " "],
  // IPv4 with optional CIDR and port
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d{1,5})?\b/g, " "],
  // IPv6 (full or compressed, optional zone, brackets and port)
  [
    /(?<![\w:.])\[?(?=[0-9a-f:]*\d)(?:[0-9a-f]{1,4}:|:){2,7}(?::|[0-9a-f]{1,4})(?:%[\w.]+)?\]?(?::\d{1,5})?(?![\w:])/gi,
    " ",
  ],
  // host:port and a bare :port
  [/(?<=[A-Za-z\]])\:\d{2,5}\b/g, " "],
  [/(?<![\w:])\:\d{2,5}\b/g, " "],
  // cloud resource ids: i-bp10c3nww9y26s9yppcq, lb-bp1xxxxxxxx
  [/\b(?:i|lb|eni|sg|vpc|vsw|subnet|vol|snap|ami|ins|nat|eip|rtb|igw|d)-(?=[a-z0-9]*\d)[a-z0-9]{8,}\b/gi, " "],
  // pod names: web-7d9f8c6b5-x2k9p -> web, blog-web-bw87z -> blog-web, web-7d9f8c6b5 -> web
  [new RegExp(String.raw`\b([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(?=${K}*\d)${K}{6,10}-${K}{5}\b`, "g"), "$1"],
  [new RegExp(String.raw`\b([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(?=${K}*\d)${K}{5}(?:${K}{3,5})?\b`, "g"), "$1"],
  // nginx worker pid#tid and connection number: 23937#0: *2832787172
  [/\b\d+#\d+:?/g, " "],
  [/\*\d+\b/g, " "],
  [/\b0x[0-9a-f]+\b/gi, " "],
  // hex ids and hashes with at least one digit and one letter
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, " "],
  // durations and ratios from kubectl: 4m36s, 0/1
  [/\b\d+(?:\.\d+)?(?:ms|us|µs|ns|s|m|h|d)(?:\d+(?:ms|s|m|h))*\b/g, " "],
  [/\b\d+\/\d+\b/g, " "],
  // numeric ids (6+ digits) and stray 1-2 digit numbers; 3-5 digits (status codes, errno, ports in prose) stay
  [/(?<![\p{L}\p{N}_.])\d{6,}(?![\p{L}\p{N}_])/gu, " "],
  [/(?<![\p{L}\p{N}_.])\d{1,2}(?![\p{L}\p{N}_.])/gu, " "],
];

/** Removes what cannot be stored or compared: lone surrogates, NUL and control characters, U+FFFD. */
export function sanitizeText(text: string): string {
  return text
    .toWellFormed()
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ufeff]/g, " ");
}

/** Every rule needs a digit, a colon (IPv6, ports) or an "id" key; most prose lines have none and skip them all. */
const MAY_APPLY = /[\d:]|id\b/i;

/** Drops timestamps, addresses, ports, ids, hashes and pod suffixes from each line; collapses spaces; removes empty lines. */
export function normalizeLogText(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      (MAY_APPLY.test(line)
        ? RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), line)
        : line
      )
        .replace(/[ \t]+/g, " ")
        .trim(),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .join("\n");
}

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character. */
export function cutToBytes(text: string, maxBytes: number): string {
  const encoded = new TextEncoder().encode(text);
  if (encoded.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (encoded[end]! & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(encoded.subarray(0, end));
}

export function normalizeQuery(raw: string): NormalizedQuery {
  // Bound the work before anything else: no character is more than 4 bytes.
  const head = raw.length > MAX_QUERY_BYTES * 2 ? raw.slice(0, MAX_QUERY_BYTES * 2) : raw;
  const trimmed = sanitizeText(head).trim();
  const inputBytes =
    raw.length > head.length ? Buffer.byteLength(raw.trim(), "utf8") : Buffer.byteLength(trimmed, "utf8");
  const truncated = inputBytes > MAX_QUERY_BYTES;
  const kept = truncated ? cutToBytes(trimmed, MAX_QUERY_BYTES) : trimmed;
  const text = normalizeLogText(kept);
  const notices: string[] = [];
  if (truncated)
    notices.push(
      `The query was ${inputBytes.toLocaleString("en-US")} bytes; only the first ${MAX_QUERY_BYTES.toLocaleString("en-US")} were searched.`,
    );
  if (!text && trimmed)
    notices.push("Nothing searchable was left after removing timestamps, addresses, ids and punctuation.");
  return { text, lines: text ? text.split("\n") : [], truncated, inputBytes, notices };
}
