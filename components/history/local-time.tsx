"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** A time in the reader's own zone; the server renders UTC, so the first paint matches and then localises. */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }),
    () => `${iso.slice(0, 16).replace("T", " ")} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
