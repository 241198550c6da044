import path from "node:path";

import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";

import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // An ETag is a hash of the whole page computed in JavaScript on every response: for a cached page it was most
  // of the time spent answering (6 ms of CPU for home). Cached pages are cheap to send again instead.
  generateEtags: false,
  // The Prisma client and the pg driver stay in Node's module graph.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
  typedRoutes: false,
  // The reading pages' cache: in this process's memory, never the shared .next directory (lib/cache/).
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // forbidden() (app/forbidden.tsx): a page refused to a role answers 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
  },
};

// withSerwist keeps esbuild (which bundles the service worker, app/serwist/[path]/route.ts) out of the server bundle.
export default withSerwist(nextConfig);
