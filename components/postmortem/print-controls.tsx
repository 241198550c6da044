"use client";

import { useState, useSyncExternalStore } from "react";

import { drawAllDiagrams } from "@/components/diagram/draw-in-turn";
import { Button } from "@/components/ui/button";

/**
 * Opens the browser's print dialog, where "Save as PDF" is one of the printers; the print
 * stylesheet is in globals.css. Diagrams are drawn as they come into view, so every one not
 * yet drawn is drawn first.
 */
export function PrintButton() {
  const [preparing, setPreparing] = useState(false);
  const print = async () => {
    setPreparing(true);
    try {
      await drawAllDiagrams();
    } finally {
      setPreparing(false);
    }
    window.print();
  };
  return (
    <Button variant="secondary" size="xs" data-no-print onClick={print} disabled={preparing}>
      {preparing ? "Drawing diagrams…" : "Print / PDF"}
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
