"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

import type { OfflineStatus } from "@/lib/offline/types";

let asked: Promise<boolean | null> | null = null;

/**
 * Whether this deployment offers the offline copy (GET /api/offline, read per
 * request on the server, once per page load here); null while unknown, or when
 * the server cannot be reached.
 */
export function fetchOfflineEnabled(): Promise<boolean | null> {
  asked ??= fetch("/api/offline", { cache: "no-store", credentials: "same-origin" })
    .then(async (response) => (response.ok ? ((await response.json()) as OfflineStatus).enabled === true : null))
    .catch(() => null);
  return asked;
}

export function useOfflineEnabled(): boolean | null {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void fetchOfflineEnabled().then((value) => live && setEnabled(value));
    return () => {
      live = false;
    };
  }, []);
  return enabled;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** navigator.onLine, kept up to date; true while rendering on the server. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
