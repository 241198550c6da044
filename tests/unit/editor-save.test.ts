import assert from "node:assert/strict";
import { test } from "node:test";

import { draftKey, readDraft, removeDraft, writeDraft } from "@/components/editor/draft-store";
import { emptyForm } from "@/components/editor/form-convert";
import { retryDelay } from "@/components/editor/save-state";

test("failed saves are retried after 1, 2, 4 … seconds, never more than about 30", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, 0.5)),
    [1_000, 2_000, 4_000, 8_000, 16_000],
  );
  assert.equal(retryDelay(12, 0.5), 30_000);
  assert.ok(retryDelay(12, 1) <= 34_500, "jitter stays within 15 %");
});

class MemoryStorage implements Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  private items = new Map<string, string>();
  full = false;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.full) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
}

test("a local draft is kept per postmortem (or 'new') and read back whole", () => {
  const storage = new MemoryStorage() as unknown as Storage;
  assert.equal(draftKey(null), "hindsight:draft:new");
  assert.equal(draftKey("dns-outage"), "hindsight:draft:dns-outage");
  const form = { ...emptyForm(), title: "Half-written" };
  assert.equal(
    writeDraft(draftKey("x"), { form, baseVersion: 3, base: null, savedAt: "2024-05-01T10:00:00.000Z" }, storage),
    true,
  );
  assert.deepEqual(readDraft(draftKey("x"), storage)?.form.title, "Half-written");
  assert.equal(readDraft(draftKey("x"), storage)?.baseVersion, 3);
  removeDraft(draftKey("x"), storage);
  assert.equal(readDraft(draftKey("x"), storage), null);
});

test("a full or broken storage is reported, not thrown", () => {
  const storage = new MemoryStorage();
  storage.full = true;
  assert.equal(
    writeDraft("k", { form: emptyForm(), baseVersion: null, base: null, savedAt: "" }, storage as unknown as Storage),
    false,
  );
  storage.full = false;
  storage.setItem("k", "{not json");
  assert.equal(readDraft("k", storage as unknown as Storage), null);
});
