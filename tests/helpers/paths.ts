import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const contentDir = path.join(repoRoot, "content");
export const fixtureContentDir = path.join(repoRoot, "tests/fixtures/content");
export const packDir = path.join(repoRoot, "packs/public-incidents");
