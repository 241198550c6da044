import path from "node:path";

/**
 * How an imported file is recorded (`sourcePath`): relative to the project
 * directory, so the same checkout imports the same paths wherever it lives;
 * absolute for a file outside it.
 */
export function sourcePathOf(file: string, base: string = process.cwd()): string {
  const relative = path.relative(base, path.resolve(file));
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative)
    ? relative.split(path.sep).join("/")
    : path.resolve(file);
}
