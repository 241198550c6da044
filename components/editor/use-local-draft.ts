"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { useLatest } from "@/components/hooks/use-latest";

import { draftKey, readDraft, removeDraft, writeDraft, type LocalDraft } from "./draft-store";
import { type EditorForm } from "./form-model";
import { formFingerprint } from "./form-convert";
import type { ServerRef } from "./use-editor-save";

interface Options {
  form: EditorForm;
  server: ServerRef;
  /** fingerprint of what the server has (or the empty form for a new one) */
  savedFingerprint: string;
}

/**
 * Keeps unsaved work in localStorage (per slug, or "new"), written 300 ms
 * after each change and when the page is hidden, so a reload, a crashed tab
 * or an unreachable server loses nothing. On load, a draft that differs from
 * the server's copy is offered back.
 */
export function useLocalDraft({ form, server, savedFingerprint }: Options) {
  const key = draftKey(server.slug);
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const [storageFailed, setStorageFailed] = useState(false);
  const checked = useRef<string | null>(null);
  const latest = useLatest({ form, server, savedFingerprint, key });
  const offerRef = useLatest(offer);

  // Once per key, on the client: is there work from an earlier visit?
  useEffect(() => {
    if (checked.current === key) return;
    const first = checked.current === null;
    checked.current = key;
    if (!first) {
      // The key changed because the postmortem was just created: its "new" draft is done with.
      removeDraft(draftKey(null));
      return;
    }
    const draft = readDraft(key);
    // localStorage exists only in the browser, so the offer is found after hydration, not during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draft && formFingerprint(draft.form) !== latest.current.savedFingerprint) setOffer(draft);
    else if (draft) removeDraft(key);
  }, [key, latest]);

  const flush = useCallback(() => {
    const { form, server, savedFingerprint, key } = latest.current;
    if (formFingerprint(form) === savedFingerprint) {
      // Nothing the server lacks; an offered draft stays until restored or discarded.
      if (!offerRef.current) removeDraft(key);
      return;
    }
    const ok = writeDraft(key, {
      form,
      baseVersion: server.version,
      base: server.base,
      savedAt: new Date().toISOString(),
    });
    setStorageFailed(!ok);
  }, [latest, offerRef]);

  useEffect(() => {
    const timer = setTimeout(() => flush(), 300);
    return () => clearTimeout(timer);
  }, [form, server, savedFingerprint, key, flush]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [flush]);

  return {
    offer,
    storageFailed,
    /** the offer is settled: restored (the caller fills the form) or discarded */
    settle: (discard: boolean) => {
      if (discard) removeDraft(key);
      offerRef.current = null;
      setOffer(null);
      flush(); // anything typed while the offer was open is kept
    },
  };
}
