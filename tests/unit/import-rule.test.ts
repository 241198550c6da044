import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";

import { sourcePathOf } from "@/lib/content/source-path";
import { importVerdict } from "@/lib/use-cases/import-rule";

const file = "content/postmortems/a.md";
const imported = { sourcePath: file, version: 3, editedInApp: false, everImported: true };

describe("which stored row a content file may write over", () => {
  test("a new key, the same file, or a row from before paths were recorded: written", () => {
    assert.deepEqual(importVerdict(null, file, false), { write: true });
    assert.deepEqual(importVerdict(imported, file, false), { write: true });
    assert.deepEqual(importVerdict({ ...imported, sourcePath: null }, file, false), { write: true });
    assert.deepEqual(importVerdict({ sourcePath: null }, file, false), { write: true }, "a pattern placeholder");
  });

  test("another file's row is refused, naming that file and the version; --overwrite writes it and says so", () => {
    const conflict = "already exists in the database (version 3), imported from content/postmortems/b.md";
    const other = { ...imported, sourcePath: "content/postmortems/b.md" };
    assert.deepEqual(importVerdict(other, file, false), { write: false, conflict });
    assert.deepEqual(importVerdict(other, file, true), { write: true, replaces: conflict });
    assert.deepEqual(importVerdict({ sourcePath: "content/patterns/b.md" }, "content/patterns/a.md", false), {
      write: false,
      conflict: "already exists in the database, imported from content/patterns/b.md",
    });
  });

  test("a postmortem written or edited in the app is refused, even from its own file", () => {
    assert.deepEqual(
      importVerdict({ sourcePath: null, version: 1, editedInApp: true, everImported: false }, file, false),
      {
        write: false,
        conflict: "already exists in the database (version 1): it was written in the app, not imported from a file",
      },
    );
    assert.deepEqual(importVerdict({ ...imported, editedInApp: true }, file, false), {
      write: false,
      conflict: "was edited in the app since its last import (now version 3)",
    });
  });

  test("paths are recorded relative to the project directory, absolute outside it", () => {
    assert.equal(sourcePathOf("/repo/content/postmortems/a.md", "/repo"), "content/postmortems/a.md");
    assert.equal(sourcePathOf("/tmp/x/postmortems/a.md", "/repo"), path.resolve("/tmp/x/postmortems/a.md"));
    assert.equal(sourcePathOf("/repo-copy/content/a.md", "/repo"), "/repo-copy/content/a.md");
  });
});
