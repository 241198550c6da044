"use client";

import { useEffect } from "react";

import { Button } from "@/components/ui/button";
import { PageMessage } from "@/components/ui/page-message";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageMessage
      alert
      title="This page could not be loaded"
      action={
        <Button size="lg" onClick={reset}>
          Try again
        </Button>
      }
    >
      The server hit an error, often because the database did not answer. Try again in a moment.
      {error.digest ? <span className="mt-1 block font-mono text-xs">reference: {error.digest}</span> : null}
    </PageMessage>
  );
}
