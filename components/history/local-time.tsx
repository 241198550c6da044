"use client";

import { useEffect, useState } from "react";

/** A time in the reader's own zone; the server renders UTC, so the first paint matches and then localises. */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace("T", " ")} UTC`);
  useEffect(() => setText(new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })), [iso]);
  return <time dateTime={iso}>{text}</time>;
}
