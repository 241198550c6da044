import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** The project directory: imported files are recorded relative to it (lib/content/source-path.ts). */
export const projectDir = path.resolve(import.meta.dirname, "../..");

/** The knowledge packs imported when HINDSIGHT_PACKS is not set. */
export const DEFAULT_PACKS = ["public-incidents"];

/**
 * The directories to import, in order: content/ first, then each pack named in
 * HINDSIGHT_PACKS (comma-separated; `none` for only content/). A pack that does
 * not exist under packs/ is an error that names the ones that do. content/ is
 * left out when there is none (a team that keeps its postmortems in the app).
 */
export function contentRoots(env: string | undefined = process.env.HINDSIGHT_PACKS, cwd = process.cwd()): string[] {
  const names =
    env === undefined || env.trim() === ""
      ? DEFAULT_PACKS
      : env.trim().toLowerCase() === "none"
        ? []
        : env
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean);
  const packsDir = path.join(cwd, "packs");
  for (const name of names) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !existsSync(path.join(packsDir, name))) {
      const available = existsSync(packsDir) ? readdirSync(packsDir).join(", ") || "none" : "none";
      throw new Error(
        `HINDSIGHT_PACKS names "${name}", but there is no packs/${name}/ (available: ${available}; or "none")`,
      );
    }
  }
  const content = path.join(cwd, "content");
  return [...(existsSync(content) ? [content] : []), ...names.map((name) => path.join(packsDir, name))];
}
