// Who is on the other end of a request. Only our own server (scripts/serve.ts)
// sees the socket, so it decides the address once and hands it to the app in a
// header whose name is random per process: a client cannot forge it, and under
// a bare `next start` (no such header) the app knows it was not told.
import { BlockList, isIP } from "node:net";

/** The header the app reads the client address from; null when the app was not started by scripts/serve.ts. */
export function clientAddressHeader(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.HINDSIGHT_CLIENT_ADDRESS_HEADER?.trim() || null;
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

export interface TrustedProxies {
  has: (address: string) => boolean;
  /** entries of the setting that are neither an address nor a CIDR range */
  invalid: string[];
}

/** HINDSIGHT_TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`10.0.0.5, 10.1.0.0/16, fd00::/8`). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const invalid: string[] = [];
  for (const entry of (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(unmapped(address));
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d+$/.test(prefix) ? Number(prefix) : NaN;
    if (!family || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      invalid.push(entry);
      continue;
    }
    list.addSubnet(unmapped(address), bits, family === 6 ? "ipv6" : "ipv4");
  }
  return {
    invalid,
    has: (address) => {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy;
 * then X-Forwarded-For is read from the right (each proxy appends the address it
 * was reached from), skipping trusted proxies, and the first address that is
 * not one is the client. Anything left of it was written by the client and is
 * ignored. A malformed entry stops the walk at the last hop that vouched for it.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string | null {
  if (!peer || !isIP(unmapped(peer))) return null;
  let client = unmapped(peer);
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (trusted.has(client)) {
    const next = chain.pop();
    if (next === undefined || !isIP(unmapped(next))) break;
    client = unmapped(next);
  }
  return client;
}
