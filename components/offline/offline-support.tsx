"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

import { serviceWorkerUrl, visitedMessage } from "./cache-names";
import { OfflineBanner } from "./offline-banner";
import { fetchOfflineEnabled } from "./offline-status";
import { isPublicReadingPage } from "./public-pages";

/** HINDSIGHT_OFFLINE=false: a worker installed earlier goes, and so does everything it kept. */
async function removeServiceWorker(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
}

/**
 * The offline side of every page: registers the service worker (or removes it
 * when the deployment turned the offline copy off), asks it to keep a copy of
 * each public reading page visited, and shows the offline banner.
 */
export function OfflineSupport() {
  const pathname = usePathname();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    void fetchOfflineEnabled().then(async (enabled) => {
      if (enabled === false) return removeServiceWorker();
      // null: the server is not reachable; a worker registered before keeps working. Not under
      // `next dev`, whose scripts change under the same URLs (the worker keeps them cache first).
      if (enabled && process.env.NODE_ENV === "production")
        await navigator.serviceWorker.register(serviceWorkerUrl, { scope: "/", type: "module" });
    });
  }, []);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || !isPublicReadingPage(pathname)) return;
    let live = true;
    void fetchOfflineEnabled().then(async (enabled) => {
      if (!enabled || !navigator.onLine) return;
      const registration = await navigator.serviceWorker.ready;
      if (live) registration.active?.postMessage({ type: visitedMessage, url: location.pathname + location.search });
    });
    return () => {
      live = false;
    };
  }, [pathname]);

  return <OfflineBanner />;
}
