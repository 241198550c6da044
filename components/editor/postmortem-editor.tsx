"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { useLatest } from "@/components/hooks/use-latest";

import type { Proposal, ServerCopy } from "@/components/postmortem/authoring-api";
import { CommentsPanel } from "@/components/review/comments-panel";
import { ProposalNotice } from "@/components/review/proposal-notice";
import type { SessionUser } from "@/lib/auth/roles";
import { publishWarnings } from "@/lib/postmortems/publish-warnings";
import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemData, PostmortemInput } from "@/lib/validations/postmortem";

import type { EditorCatalog } from "./catalog";
import { findConflicts } from "./conflict-fields";
import { ConflictView } from "./conflict-view";
import { DraftBanner } from "./draft-banner";
import { EditorHeader } from "./editor-header";
import { EditorSections } from "./editor-sections";
import { ErrorSummary } from "./error-summary";
import { FieldErrorsContext } from "./field-errors";
import { type EditorForm, type FormSetter, type PostmortemStatus } from "./form-model";
import { formFingerprint } from "./form-convert";
import { emptyForm, fromForm, toForm } from "./form-convert";
import { SaveBar } from "./save-bar";
import { useEditorSave, type ServerRef } from "./use-editor-save";
import { useLocalDraft } from "./use-local-draft";
import { errorsByInput, validateForm } from "./validation";

export interface EditorInitial {
  postmortem: PostmortemData;
  version: number;
  status: PostmortemStatus;
  /** your pending proposal, when `postmortem` is its content: `base` is then the published version it was made on */
  proposal?: { id: string; base: PostmortemData } | null;
}

interface Props {
  initial: EditorInitial | null;
  /** for a new postmortem: what the form starts with (a template's prompts); blank when absent */
  start?: PostmortemInput;
  catalog: EditorCatalog;
  user: SessionUser;
}

interface ErrorsState {
  list: FieldError[];
  fromServer: boolean;
}

/** The postmortem editor: form state, validation, saving, the local draft, conflicts and review. */
export function PostmortemEditor({ initial, start, catalog, user }: Props) {
  const [form, setForm] = useState<EditorForm>(() =>
    initial ? { ...toForm(initial.postmortem), status: initial.status } : start ? toForm(start) : emptyForm(),
  );
  const formRef = useLatest(form);
  const [server, setServer] = useState<ServerRef>({
    slug: initial?.postmortem.slug ?? null,
    version: initial?.version ?? null,
    base: initial?.proposal?.base ?? initial?.postmortem ?? null,
  });
  const [proposalId, setProposalId] = useState<string | null>(initial?.proposal?.id ?? null);
  const [savedFingerprint, setSavedFingerprint] = useState(() => formFingerprint(form));
  const [errors, setErrors] = useState<ErrorsState>({ list: [], fromServer: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = formFingerprint(form) !== savedFingerprint;

  const set = useCallback<FormSetter>((key, value) => {
    setForm((current) => ({
      ...current,
      [key]: typeof value === "function" ? (value as (previous: unknown) => unknown)(current[key]) : value,
    }));
  }, []);

  const onSaved = useCallback((fingerprint: string, next: ServerRef, created: boolean, proposal: Proposal | null) => {
    setSavedFingerprint(fingerprint);
    if (proposal) setProposalId(proposal.id);
    setErrors({ list: [], fromServer: false });
    if (created && next.slug) {
      // The address becomes the edit page's without reloading: the form stays as it is.
      window.history.replaceState(null, "", `/postmortems/${next.slug}/edit`);
    }
  }, []);
  const onInvalid = useCallback((list: FieldError[], fromServer: boolean) => {
    setErrors({ list, fromServer });
    requestAnimationFrame(() => summaryRef.current?.focus());
  }, []);

  const { state, setState, save } = useEditorSave({ formRef, server, setServer, onSaved, onInvalid });
  const draft = useLocalDraft({ form, server, savedFingerprint });
  // Let state updates from the key press that asked for the save (a pending tag, say) land first.
  const requestSave = useCallback(() => setTimeout(() => void save(), 0), [save]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === "s" || event.key === "S") && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        requestSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [requestSave]);

  // Once errors are on screen, they follow the typing: fixed ones go away.
  useEffect(() => {
    if (!errors.list.length || errors.fromServer) return;
    const timer = setTimeout(() => {
      const list = validateForm(form);
      setErrors({ list, fromServer: false });
      if (!list.length) setState((s) => (s.kind === "invalid" ? { kind: "idle" } : s));
    }, 250);
    return () => clearTimeout(timer);
  }, [form, errors.list.length, errors.fromServer, setState]);

  const mine = useMemo(() => fromForm(form), [form]);
  const resolveConflict = useCallback(
    (merged: PostmortemInput, current: ServerCopy) => {
      setForm(toForm({ ...merged, status: current.postmortem.status }));
      setServer((s) => ({ ...s, version: current.version, base: current.postmortem }));
      setState({ kind: "idle" });
      requestSave();
    },
    [requestSave, setState],
  );

  // A conflict where nothing differs from what you have (only the status moved, say) needs no choice.
  useEffect(() => {
    if (state.kind === "conflict" && findConflicts(server.base, state.current.postmortem, mine).length === 0)
      // The conflict arrives as state from a failed save; settling it is a one-off reaction to that answer.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      resolveConflict(mine, state.current);
  }, [state, server.base, mine, resolveConflict]);

  const errorMap = useMemo(() => errorsByInput(errors.list), [errors.list]);
  const setStatus = useCallback(
    (status: PostmortemStatus, version: number | null) => {
      set("status", status);
      if (version !== null) setServer((s) => ({ ...s, version }));
    },
    [set],
  );

  return (
    <div className="space-y-6">
      <EditorHeader
        title={form.title}
        slug={server.slug}
        status={form.status}
        version={server.version}
        role={user.role}
        blockedReason={
          dirty || state.kind === "saving"
            ? "Save your changes first: a status change applies to the saved version."
            : null
        }
        // Publishing is blocked while the form differs from what was saved: the form is the saved postmortem then.
        publishWarnings={publishWarnings(form)}
        onStatusChange={setStatus}
      />
      {proposalId && server.slug && server.version !== null ? (
        <ProposalNotice slug={server.slug} proposalId={proposalId} version={server.version} />
      ) : null}
      {draft.offer ? (
        <DraftBanner
          draft={draft.offer}
          serverVersion={server.version}
          onRestore={() => {
            const offer = draft.offer!;
            setForm({ ...offer.form, status: formRef.current.status });
            if (server.slug && offer.baseVersion !== null)
              setServer((s) => ({ ...s, version: offer.baseVersion, base: offer.base ?? s.base }));
            draft.settle(false);
          }}
          onDiscard={() => draft.settle(true)}
        />
      ) : null}
      {draft.storageFailed ? (
        <p
          role="alert"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-50"
        >
          This browser refused to keep a local copy (storage full or disabled): save to the server before closing the
          tab.
        </p>
      ) : null}
      {state.kind === "conflict" ? (
        <ConflictView
          key={state.current.version}
          base={server.base}
          current={state.current}
          mine={mine}
          onResolve={resolveConflict}
        />
      ) : null}
      <ErrorSummary ref={summaryRef} errors={errors.list} fromServer={errors.fromServer} />
      <FieldErrorsContext.Provider value={errorMap}>
        <form
          id="postmortem-form"
          noValidate
          aria-label={server.slug ? "Edit postmortem" : "New postmortem"}
          onSubmit={(event) => {
            event.preventDefault();
            requestSave();
          }}
        >
          <EditorSections form={form} set={set} catalog={catalog} slugLocked={server.slug !== null} />
        </form>
      </FieldErrorsContext.Provider>
      {server.slug ? <CommentsPanel slug={server.slug} userName={user.name} role={user.role} /> : null}
      <SaveBar state={state} dirty={dirty} onSave={requestSave} />
    </div>
  );
}
