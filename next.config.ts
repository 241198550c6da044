import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";

import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Prisma client and the pg driver stay in Node's module graph.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
  typedRoutes: false,
  // forbidden() (app/forbidden.tsx): a page refused to a role answers 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
  },
};

// withSerwist keeps esbuild (which bundles the service worker, app/serwist/[path]/route.ts) out of the server bundle.
export default withSerwist(nextConfig);
