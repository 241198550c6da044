// The security headers of every response (next.config.ts). Pages may be cached
// and shared later, so the CSP has no per-request nonce: scripts are this
// origin's only, and inline ones are allowed because Next.js streams each
// page's data as inline <script> pushes that differ per page (no hash can name
// them). Styles allow inline too: mermaid writes a <style> into each diagram and
// style attributes into its SVG. Markdown is sanitised (lib/markdown) before any
// of this matters; the CSP keeps out other origins' scripts, plugins, framing,
// <base> hijacking, and sending data to another origin.

export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    // React in development rebuilds server error stacks with eval; production needs none.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(dev: boolean): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
