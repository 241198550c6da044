import type { PostmortemInput } from "@/lib/validations/postmortem";

import type { EditorForm } from "./form-model";

/** What is kept in localStorage while a postmortem has changes the server does not have yet. */
export interface LocalDraft {
  form: EditorForm;
  /** the server version the edit is based on; null for a postmortem not created yet */
  baseVersion: number | null;
  /** the server's copy at baseVersion, for the conflict view */
  base: PostmortemInput | null;
  /** when the draft was last written (ISO) */
  savedAt: string;
}

const PREFIX = "hindsight:draft:";

export function draftKey(slug: string | null): string {
  return `${PREFIX}${slug ?? "new"}`;
}

export function readDraft(key: string, storage: Storage | undefined = globalThis.localStorage): LocalDraft | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return draft && typeof draft === "object" && draft.form && typeof draft.savedAt === "string" ? draft : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or disabled), so the page can say so. */
export function writeDraft(
  key: string,
  draft: LocalDraft,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do: the draft is only a safety net
  }
}
