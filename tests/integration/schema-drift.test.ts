import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import * as enums from "@/lib/generated/prisma/enums";

import { repoRoot } from "../helpers/paths";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The migrations are hand-written SQL (no migration engine here); this test is
// what keeps them and prisma/schema.prisma describing the same database.

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());

interface RuntimeField {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  dbName?: string;
}
interface RuntimeModel {
  fields: RuntimeField[];
  dbName: string | null;
}

const allowedTypes: Record<string, string[]> = {
  String: ["text", "uuid", "ARRAY"],
  Int: ["integer"],
  BigInt: ["bigint"],
  Boolean: ["boolean"],
  DateTime: ["timestamp with time zone", "date"],
  Json: ["jsonb"],
};

// `Unsupported("tsvector")` fields are missing from the runtime data model:
// read them from schema.prisma itself (model name -> fields with their column).
function unsupportedFields(): Map<string, RuntimeField[]> {
  const schema = readFileSync(path.join(repoRoot, "prisma/schema.prisma"), "utf8");
  const byModel = new Map<string, RuntimeField[]>();
  for (const model of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const field of model[2]!.matchAll(/^\s+(\w+)\s+Unsupported\("(\w+)"\)\??(.*)$/gm)) {
      const dbName = field[3]!.match(/@map\("(\w+)"\)/)?.[1];
      const list = byModel.get(model[1]!) ?? [];
      list.push({ name: field[1]!, kind: "scalar", type: `Unsupported(${field[2]})`, dbName });
      byModel.set(model[1]!, list);
    }
  }
  return byModel;
}

test("every model and field of schema.prisma exists in the migrated database with a matching type", async () => {
  const models = (database.prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })
    ._runtimeDataModel.models;
  const columns = await database.prisma.$queryRaw<
    Array<{ table_name: string; column_name: string; data_type: string }>
  >`
    SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`;
  const byTable = new Map<string, Map<string, string>>();
  for (const c of columns) {
    if (!byTable.has(c.table_name)) byTable.set(c.table_name, new Map());
    byTable.get(c.table_name)!.set(c.column_name, c.data_type);
  }
  const problems: string[] = [];
  const unsupported = unsupportedFields();
  for (const [name, fields] of unsupported) {
    for (const field of fields) allowedTypes[field.type] = [field.type.slice("Unsupported(".length, -1)];
    assert.ok(models[name], `model ${name} with Unsupported fields is in the runtime data model`);
  }
  for (const [modelName, model] of Object.entries(models)) {
    const table = model.dbName ?? modelName;
    const tableColumns = byTable.get(table);
    if (!tableColumns) {
      problems.push(`table ${table} (model ${modelName}) is missing`);
      continue;
    }
    const expected = new Set<string>();
    for (const field of [...model.fields.filter((f) => f.kind !== "object"), ...(unsupported.get(modelName) ?? [])]) {
      const column = field.dbName ?? field.name;
      expected.add(column);
      const type = tableColumns.get(column);
      if (!type) problems.push(`${table}.${column} (${modelName}.${field.name}) is missing`);
      else if (field.kind === "enum" ? type !== "USER-DEFINED" : !allowedTypes[field.type]?.includes(type)) {
        problems.push(`${table}.${column} is ${type}, schema says ${field.kind} ${field.type}`);
      }
    }
    for (const column of tableColumns.keys()) {
      if (!expected.has(column)) problems.push(`${table}.${column} is in the database but not in schema.prisma`);
    }
  }
  assert.deepEqual(problems, []);
});

test("every enum of schema.prisma has the same values in the database, in order", async () => {
  const rows = await database.prisma.$queryRaw<Array<{ typname: string; labels: string[] }>>`
    SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
  const inDatabase = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
  for (const [name, values] of Object.entries(enums)) {
    assert.deepEqual(inDatabase[name], Object.values(values), `enum ${name}`);
  }
});
