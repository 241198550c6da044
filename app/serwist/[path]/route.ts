// GET /serwist/sw.js - the service worker, bundled from app/sw.ts with esbuild while `next build`
// prerenders this route (Serwist's Turbopack integration: no webpack, no second build step).
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // The build's scripts, styles and fonts: a page saved for offline hydrates, and opens its diagrams.
  globPatterns: [".next/static/**/*.{js,css,woff2}"],
  // A new build changes the precache manifest and with it sw.js, which makes browsers install it.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
