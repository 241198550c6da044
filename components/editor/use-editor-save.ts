"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

import { useLatest } from "@/components/hooks/use-latest";
import { authoringApi, type Proposal } from "@/components/postmortem/authoring-api";

import { ApiError } from "@/lib/api/client";
import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemInput } from "@/lib/validations/postmortem";

import { type EditorForm } from "./form-model";
import { formFingerprint } from "./form-convert";
import { fromForm } from "./form-convert";
import { retryDelay, type SaveState } from "./save-state";
import { validateForm } from "./validation";

/** What the server has: where the edit goes and what it is based on. */
export interface ServerRef {
  slug: string | null;
  version: number | null;
  /** the server's postmortem at `version`: the base of a three-way comparison */
  base: PostmortemInput | null;
}

interface Options {
  formRef: RefObject<EditorForm>;
  server: ServerRef;
  setServer: (next: ServerRef) => void;
  /** fingerprint of what the server has, to tell whether the form has unsaved changes; `proposal` when it awaits review */
  onSaved: (fingerprint: string, server: ServerRef, created: boolean, proposal: Proposal | null) => void;
  onInvalid: (errors: FieldError[], fromServer: boolean) => void;
}

type SaveVariables = { slug: string | null; version: number | null; input: PostmortemInput };

/**
 * Saves the form: validate, POST (new) or PUT with the base version. A save
 * that fails for a passing reason (network, server, database) is retried
 * with backoff, each time with what is in the form then; a conflict or
 * invalid fields stop and wait for the person.
 */
export function useEditorSave(options: Options) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  // The latest callbacks and server target, read when a save runs: `save` itself never changes.
  const latest = useLatest(options);
  const serverRef = useRef(options.server);
  useEffect(() => {
    serverRef.current = options.server;
  }, [options.server]);
  // Retries and queued saves call the newest `save` through this ref.
  const saveAgain = useRef<() => Promise<void>>(async () => {});
  const inFlight = useRef(false);
  const queued = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const mutation = useMutation({
    mutationFn: ({ slug, version, input }: SaveVariables) =>
      slug === null
        ? authoringApi.create(input).then((r) => ({ ...r, proposal: null }))
        : authoringApi
            .save(slug, version ?? 0, input)
            .then((r) => ({ slug, version: r.version, proposal: "proposal" in r ? r.proposal : null })),
  });
  const mutateAsync = mutation.mutateAsync;

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      queued.current = true;
      return;
    }
    const { formRef, setServer, onSaved, onInvalid } = latest.current;
    const form = formRef.current;
    const errors = validateForm(form);
    if (errors.length) {
      attempt.current = 0;
      onInvalid(errors, false);
      setState({ kind: "invalid", count: new Set(errors.map((e) => e.field)).size });
      return;
    }
    const input = fromForm(form);
    const fingerprint = formFingerprint(form);
    const target = serverRef.current;
    inFlight.current = true;
    attempt.current += 1;
    setState({ kind: "saving", attempt: attempt.current });
    try {
      const result = await mutateAsync({ slug: target.slug, version: target.version, input });
      // A proposal leaves the published version as it was: it stays the base of a later merge.
      const next = { slug: result.slug, version: result.version, base: result.proposal ? target.base : input };
      serverRef.current = next;
      setServer(next);
      attempt.current = 0;
      onSaved(fingerprint, next, target.slug === null, result.proposal);
      setState({ kind: "saved", at: Date.now(), pendingReview: result.proposal !== null });
    } catch (error) {
      handleError(error);
    } finally {
      inFlight.current = false;
      if (queued.current) {
        queued.current = false;
        void saveAgain.current();
      }
    }

    function handleError(error: unknown) {
      const e = error instanceof ApiError ? error : new ApiError(String(error), 0, "unknown");
      if (e.conflict) {
        attempt.current = 0;
        setState({ kind: "conflict", current: e.conflict });
      } else if (e.status === 422 || e.code === "slug_taken") {
        attempt.current = 0;
        const fields =
          e.code === "slug_taken"
            ? [{ field: "slug", message: "This slug is taken by another postmortem: choose another." }]
            : e.fields;
        latest.current.onInvalid(fields.length ? fields : [{ field: "(root)", message: e.message }], true);
        setState({ kind: "invalid", count: Math.max(1, fields.length) });
      } else if (e.retryable || e.status === 401) {
        // A sign-in in another tab or the server coming back makes the next attempt succeed.
        const delay = retryDelay(attempt.current);
        const reason =
          e.status === 401 ? "you are signed out; sign in again in another tab (your work stays here)" : e.message;
        setState({ kind: "failed", reason, retryAt: Date.now() + delay, attempt: attempt.current });
        timer.current = setTimeout(() => void saveAgain.current(), delay);
      } else {
        attempt.current = 0;
        setState({ kind: "failed", reason: e.message, retryAt: null, attempt: 0 });
      }
    }
  }, [mutateAsync, latest]);
  useEffect(() => {
    saveAgain.current = save;
  }, [save]);

  // Coming back online is a good moment to try again at once.
  useEffect(() => {
    const retryNow = () => {
      if (timer.current) void save();
    };
    window.addEventListener("online", retryNow);
    return () => window.removeEventListener("online", retryNow);
  }, [save]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { state, setState, save };
}
