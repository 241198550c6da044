import { diffLines } from "diff";

export type DiffRow =
  | { kind: "same" | "added" | "removed"; text: string; oldLine: number | null; newLine: number | null }
  | { kind: "skipped"; count: number };

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * A line diff of two texts as rows to show: added and removed lines with
 * their line numbers, and runs of unchanged lines longer than twice
 * `context` folded into one "n unchanged lines" row.
 */
export function diffRows(before: string, after: string, context = 3): DiffRow[] {
  const norm = (text: string) => (text.endsWith("\n") || text === "" ? text : `${text}\n`);
  const rows: DiffRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(norm(before), norm(after))) {
    for (const text of splitLines(change.value)) {
      if (change.added) rows.push({ kind: "added", text, oldLine: null, newLine: newLine++ });
      else if (change.removed) rows.push({ kind: "removed", text, oldLine: oldLine++, newLine: null });
      else rows.push({ kind: "same", text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return fold(rows, context);
}

function fold(rows: DiffRow[], context: number): DiffRow[] {
  const changed = rows.map((row) => row.kind !== "same");
  const keep = rows.map((_, i) => {
    for (let d = -context; d <= context; d++) if (changed[i + d]) return true;
    return false;
  });
  const out: DiffRow[] = [];
  let skipped = 0;
  rows.forEach((row, i) => {
    if (keep[i]) {
      if (skipped) out.push({ kind: "skipped", count: skipped });
      skipped = 0;
      out.push(row);
    } else skipped += 1;
  });
  if (skipped) out.push({ kind: "skipped", count: skipped });
  return out;
}

export function countChanges(rows: DiffRow[]): { added: number; removed: number } {
  return {
    added: rows.filter((row) => row.kind === "added").length,
    removed: rows.filter((row) => row.kind === "removed").length,
  };
}
