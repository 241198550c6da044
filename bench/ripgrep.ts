// The baseline: the same corpus as markdown files (one per postmortem) and
// ripgrep answering the same queries with `rg -l -i -F` (fixed string, list files).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { generateCorpus, type SyntheticPostmortem } from "./corpus";
import type { BenchQuery } from "./queries";

export interface RipgrepTiming {
  query: BenchQuery;
  ms: number;
  files: number;
}

function markdown(pm: SyntheticPostmortem): string {
  const list = (items: string[]) => items.map((i) => `- ${i}`).join("\n");
  return [
    `# ${pm.title}`,
    "",
    `slug: ${pm.slug} | status: ${pm.status} | severity: ${pm.severity} | started: ${pm.startedAt.toISOString()} | provider: ${pm.cloudProvider} | platform: ${pm.platform}`,
    `components: ${pm.components.join(", ")} | tags: ${pm.tags.join(", ")} | patterns: ${pm.patterns.join(", ")} | limits: ${pm.limits.join(", ")}`,
    "",
    `## Summary\n\n${pm.summary}`,
    `## Impact\n\n${pm.impact}`,
    `## Timeline\n\n${list(pm.timeline.map((e) => `${e.at.toISOString()} (${e.kind}) ${e.description}`))}`,
    `## Trigger\n\n${pm.trigger}`,
    `## Root cause\n\n${pm.rootCause}`,
    `## Detection\n\n${pm.detection}`,
    `## Resolution\n\n${pm.resolution}`,
    `## Contributing factors\n\n${list(pm.factors.map((f) => `${f.kind}: ${f.text}`))}`,
    `## Error signatures\n\n${pm.signatures.map((s) => `${s.source}:\n\n\`\`\`text\n${s.text}\n\`\`\``).join("\n\n")}`,
    `## What went well\n\n${pm.wentWell}`,
    `## What went wrong\n\n${pm.wentWrong}`,
    `## Where we got lucky\n\n${pm.gotLucky}`,
    `## Action items\n\n${list(pm.actionItems)}`,
    `## Diagram\n\n${pm.diagramCaption}`,
    "",
  ].join("\n\n");
}

/** Writes the corpus of `size` (plus the real content postmortems) once per size; later runs reuse it. */
export function exportCorpus(
  outDir: string,
  size: number,
  contentDir: string,
): { dir: string; seconds: number; reused: boolean } {
  const dir = path.join(outDir, `corpus-${size}`);
  const done = path.join(dir, ".complete");
  if (existsSync(done)) return { dir, seconds: 0, reused: true };
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  for (const pm of generateCorpus(size)) {
    const family = path.join(dir, pm.family);
    if (!existsSync(family)) mkdirSync(family, { recursive: true });
    writeFileSync(path.join(family, `${pm.slug}.md`), markdown(pm));
  }
  cpSync(path.join(contentDir, "postmortems"), path.join(dir, "content"), { recursive: true });
  writeFileSync(done, new Date().toISOString());
  return { dir, seconds: (performance.now() - started) / 1000, reused: false };
}

export function ripgrepAvailable(): boolean {
  return spawnSync("rg", ["--version"]).status === 0;
}

export function timeRipgrep(dir: string, queries: BenchQuery[]): RipgrepTiming[] {
  spawnSync("rg", ["-l", "-F", "warm-the-page-cache-zz", dir], { maxBuffer: 1 << 28 });
  return queries.map((query) => {
    const started = performance.now();
    const result = spawnSync("rg", ["-l", "-i", "-F", "-e", query.grep ?? query.q, dir], {
      maxBuffer: 1 << 28,
      encoding: "utf8",
    });
    const ms = performance.now() - started;
    return { query, ms, files: result.stdout ? result.stdout.split("\n").filter(Boolean).length : 0 };
  });
}

export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".md")).length;
}
