"use client";

import { useSyncExternalStore } from "react";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers; the print stylesheet is in globals.css. */
export function PrintButton() {
  return (
    <Button variant="secondary" size="xs" data-no-print onClick={() => window.print()}>
      Print / PDF
    </Button>
  );
}

const noSubscription = () => () => {};

/** The page's full address, for the printed header: the path on the server, with this site's origin in the browser. */
export function PageUrl({ path }: { path: string }) {
  const url = useSyncExternalStore(
    noSubscription,
    () => new URL(path, window.location.origin).href,
    () => path,
  );
  return <span className="break-all">{url}</span>;
}
