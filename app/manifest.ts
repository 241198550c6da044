import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): Hindsight installs as an app on the on-call laptop. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Hindsight",
    short_name: "Hindsight",
    description: "Postmortems as structured data, cross-linked by failure pattern. Searchable offline once saved.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#09090b",
    theme_color: "#18181b",
    categories: ["developer", "productivity"],
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
