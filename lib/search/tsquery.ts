import type { Slot } from "./query-plan";

/** tsquery text from lexemes of our own tokenizer (quoted anyway, so no operator ever passes through). */

/** Marks a lexeme matched as a prefix (`:*` in tsquery). */
export const PREFIX = ":*";

/** A tsquery operand: lexemes come from our tokenizer and PostgreSQL, but quote them anyway. */
export function quote(lexeme: string): string {
  const prefix = lexeme.endsWith(PREFIX);
  const bare = prefix ? lexeme.slice(0, -PREFIX.length) : lexeme;
  return `'${bare.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${prefix ? PREFIX : ""}`;
}

export function andOf(parts: string[]): string {
  return joinWith(parts, " & ");
}

export function orOf(parts: string[]): string {
  return joinWith(parts, " | ");
}

function joinWith(parts: string[], op: string): string {
  const kept = parts.filter(Boolean);
  if (kept.length <= 1) return kept[0] ?? "";
  return `(${kept.join(op)})`;
}

/** One slot as a tsquery: any of its alternatives (only those `how` accepts), each all of its lexemes; "" for none. */
export function slotTsquery(slot: Slot, accept: (how: string) => boolean = () => true): string {
  return orOf(slot.alternatives.filter((a) => accept(a.how)).map((a) => andOf(a.lexemes.map(quote))));
}
