import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";

import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "../..");

test("the snapshot engine bundles for the browser: no server-only module, no database client, no zod, under 120 KB minified", async () => {
  const result = await build({
    entryPoints: [path.join(root, "lib/search/memory/browser-search.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    minify: true,
    // what a client component gets: the browser conditions, not react-server
    conditions: ["browser", "import", "default"],
    alias: { "@": root },
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.deepEqual(
    inputs.filter((i) =>
      /server-only|lib\/db|generated\/prisma\/(?!enums\.ts)|@prisma|node_modules\/(?:pg|zod)\//.test(i),
    ),
    [],
  );
  assert.ok(inputs.some((i) => i.endsWith("lib/search/search-pipeline.ts")));
  assert.ok(inputs.some((i) => i.includes("wink-porter2-stemmer")));
  const kb = result.outputFiles[0]!.contents.length / 1024;
  assert.ok(kb < 120, `the minified bundle is ${kb.toFixed(0)} KB`);
});
