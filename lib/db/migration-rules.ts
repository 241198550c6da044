import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { parse, type Node, type RangeVar } from "libpg-query";

// Expand, then contract (docs/operations.md, "Rolling deploys"): during a deploy the old
// release and the new one run side by side on the migrated schema, so a migration may only
// add what the old release ignores. A statement that takes away or changes what a release may
// still use (a contracting statement) is allowed only in a migration that says, in a comment
// `-- contract: <why it is safe now>`, which release stopped using it.

/** The newest migration when the rule came in: it and every one before it are grandfathered. */
export const contractRuleBaseline = "20261215030000_postmortem_index";

/** `-- contract: <why it is safe now>` anywhere in the migration; the reason may not be empty. */
const contractMarker = /^[ \t]*--[ \t]*contract:[ \t]*(\S.*)$/im;

export interface ContractingStatement {
  /** 1-based line of the statement in its file */
  line: number;
  /** the statement's text, comments and surrounding whitespace left out */
  statement: string;
  /** what it takes away, e.g. `drops column "b" of "a"` */
  reason: string;
}

export interface MigrationViolation extends ContractingStatement {
  /** e.g. prisma/migrations/20270101000000_x/migration.sql */
  file: string;
}

/** The reason a migration's `-- contract:` comment gives, or null when it has none. */
export function contractReason(sql: string): string | null {
  return contractMarker.exec(sql)?.[1]?.trim() ?? null;
}

/**
 * Every contracting statement of one migration, parsed by PostgreSQL's own parser
 * (libpg-query). Statements on a table, index or type that the same migration creates are
 * not contracting: no release has used them yet. Throws when the SQL does not parse.
 */
export async function findContractingStatements(sql: string): Promise<ContractingStatement[]> {
  const { stmts = [] } = await parse(sql);
  const created = new Set<string>();
  const found: ContractingStatement[] = [];
  for (const raw of stmts) {
    const node = raw.stmt;
    if (!node) continue;
    const newName = createdName(node);
    if (newName) created.add(newName);
    const reason = contractingReason(node, created);
    if (!reason) continue;
    const { text, offset } = statementText(sql, raw.stmt_location ?? 0, raw.stmt_len);
    found.push({ line: lineAt(sql, offset), statement: text, reason });
  }
  return found;
}

/** The contracting statements of every migration after the baseline that carries no `-- contract:` reason. */
export async function checkMigrations(dir: string): Promise<MigrationViolation[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name > contractRuleBaseline)
    .map((d) => d.name)
    .sort();
  const violations: MigrationViolation[] = [];
  for (const name of names) {
    const file = path.join(dir, name, "migration.sql");
    const sql = await readFile(file, "utf8");
    if (contractReason(sql)) continue;
    const statements = await findContractingStatements(sql).catch((error: unknown) => {
      throw new Error(`${file} does not parse: ${error instanceof Error ? error.message : String(error)}`);
    });
    violations.push(...statements.map((s) => ({ file, ...s })));
  }
  return violations;
}

/** One line per violation: file:line, what it takes away, the statement, and what to do. */
export function describeViolation(v: MigrationViolation): string {
  return (
    `${path.relative(process.cwd(), v.file)}:${v.line} ${v.reason}: ${v.statement}\n` +
    "  A contracting statement: the release before this one may still use what it takes away. " +
    "Split it (expand now, contract in a later release) or, once no running release uses it, " +
    "add `-- contract: <which release stopped using it>` to the migration."
  );
}

function contractingReason(node: Node, created: Set<string>): string | null {
  if ("DropStmt" in node) {
    const drop = node.DropStmt;
    const names = (drop.objects ?? []).map(objectName).filter((n): n is string => n !== null);
    if (names.length && names.every((n) => created.has(n))) return null;
    return `drops ${objectKind(drop.removeType)} ${names.map(quote).join(", ")}`;
  }
  if ("TruncateStmt" in node) return `empties ${(node.TruncateStmt.relations ?? []).map(nodeRelation).join(", ")}`;
  if ("DeleteStmt" in node) {
    const table = relationName(node.DeleteStmt.relation);
    return table && created.has(table) ? null : `deletes rows of ${quote(table)}`;
  }
  if ("RenameStmt" in node) {
    const rename = node.RenameStmt;
    const table = relationName(rename.relation) ?? objectName(rename.object);
    if (table && created.has(table)) return null;
    const what = rename.subname
      ? `${objectKind(rename.renameType)} ${quote(rename.subname)} of`
      : objectKind(rename.renameType);
    return `renames ${what} ${quote(table)} to ${quote(rename.newname ?? null)}`;
  }
  if ("AlterEnumStmt" in node && node.AlterEnumStmt.oldVal) {
    return `renames the enum value ${quote(node.AlterEnumStmt.oldVal)} to ${quote(node.AlterEnumStmt.newVal ?? null)}`;
  }
  if ("AlterObjectSchemaStmt" in node) {
    const move = node.AlterObjectSchemaStmt;
    return `moves ${objectKind(move.objectType)} ${quote(relationName(move.relation) ?? objectName(move.object))} to schema ${quote(move.newschema ?? null)}`;
  }
  if ("AlterTableStmt" in node) {
    const table = relationName(node.AlterTableStmt.relation);
    if (table && created.has(table)) return null;
    const reasons = (node.AlterTableStmt.cmds ?? []).flatMap((cmd) =>
      "AlterTableCmd" in cmd ? (alterReason(cmd.AlterTableCmd) ?? []) : [],
    );
    return reasons.length ? `${reasons.join(", ")} of ${quote(table)}` : null;
  }
  return null;
}

type AlterTableCmd = Extract<Node, { AlterTableCmd: unknown }>["AlterTableCmd"];

function alterReason(cmd: AlterTableCmd): string | null {
  const column = quote(cmd.name ?? null);
  switch (cmd.subtype) {
    case "AT_DropColumn":
      return `drops column ${column}`;
    case "AT_AlterColumnType":
      return `changes the type of column ${column}`;
    case "AT_SetNotNull":
      return `sets NOT NULL on column ${column}`;
    case "AT_ColumnDefault":
      return cmd.def ? null : `drops the default of column ${column}`;
    case "AT_DropConstraint":
      return `drops constraint ${column}`;
    case "AT_AddColumn":
      return addsRequiredColumn(cmd.def);
    default:
      return null;
  }
}

/** A NOT NULL column without a default: the old release's inserts, which do not name it, fail. */
function addsRequiredColumn(def: Node | undefined): string | null {
  if (!def || !("ColumnDef" in def)) return null;
  const kinds = (def.ColumnDef.constraints ?? []).flatMap((c) => ("Constraint" in c ? [c.Constraint.contype] : []));
  const filled = kinds.some((k) => k === "CONSTR_DEFAULT" || k === "CONSTR_GENERATED" || k === "CONSTR_IDENTITY");
  const required = kinds.includes("CONSTR_NOTNULL") || kinds.includes("CONSTR_PRIMARY");
  return required && !filled ? `adds NOT NULL column ${quote(def.ColumnDef.colname ?? null)} without a default` : null;
}

function createdName(node: Node): string | null {
  if ("CreateStmt" in node) return relationName(node.CreateStmt.relation);
  if ("CreateTableAsStmt" in node) return relationName(node.CreateTableAsStmt.into?.rel);
  if ("IndexStmt" in node) return node.IndexStmt.idxname ?? null;
  if ("CreateEnumStmt" in node) return lastName(node.CreateEnumStmt.typeName);
  if ("CompositeTypeStmt" in node) return relationName(node.CompositeTypeStmt.typevar);
  return null;
}

function relationName(relation: RangeVar | undefined): string | null {
  return relation?.relname ?? null;
}

function nodeRelation(node: Node): string {
  return quote("RangeVar" in node ? relationName(node.RangeVar) : null);
}

/** The unqualified name of a DROP's or RENAME's object (`public.t` is `t`). */
function objectName(node: Node | undefined): string | null {
  if (!node) return null;
  if ("List" in node) return lastName(node.List.items);
  if ("String" in node) return node.String.sval ?? null;
  if ("TypeName" in node) return lastName(node.TypeName.names);
  return null;
}

function lastName(items: Node[] | undefined): string | null {
  const last = items?.at(-1);
  return last && "String" in last ? (last.String.sval ?? null) : null;
}

/** OBJECT_MATVIEW -> "matview", OBJECT_TABLE -> "table" */
function objectKind(type: string | undefined): string {
  return (type ?? "OBJECT_UNKNOWN")
    .replace(/^OBJECT_/, "")
    .replaceAll("_", " ")
    .toLowerCase();
}

const quote = (name: string | null) => (name === null ? "?" : `"${name}"`);

/** The statement without the comments and blank lines that PostgreSQL counts as its start. */
function statementText(sql: string, location: number, length: number | undefined): { text: string; offset: number } {
  const raw = sql.slice(location, length === undefined ? undefined : location + length);
  const lead = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead).replace(/\s+/g, " ").trim();
  return { text: text.length > 200 ? `${text.slice(0, 197)}...` : text, offset: location + lead };
}

function lineAt(sql: string, offset: number): number {
  return sql.slice(0, offset).split("\n").length;
}
