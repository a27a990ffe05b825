import "server-only";
import { Prisma } from "@/lib/generated/sqlite/client";
import { dbProvider } from "@/lib/server/db";
import type { Tx } from "./audit";

// Set-based writes for both engines: many rows in one parameterized statement, where Prisma's
// model API sends one statement per row (an update) and builds each through its query compiler.
// Values go through the driver adapters as Prisma's own writes do (SQLite: dates as ISO text,
// booleans as 0/1; PostgreSQL: text parameters). PostgreSQL types a VALUES list from its
// parameters, so outside an INSERT each value is cast to its column's type there; SQLite applies
// the column's affinity on write and needs no cast.

// A column's type, for the casts PostgreSQL needs.
export type ColumnType = "text" | "int" | "float" | "bool" | "timestamp";
// The columns written, in order, with their types; the rows' keys are these names.
export type Columns<Row> = { readonly [K in keyof Row & string]: ColumnType };

const PG_TYPES: Record<ColumnType, string> = { text: "TEXT", int: "INTEGER", float: "DOUBLE PRECISION", bool: "BOOLEAN", timestamp: "TIMESTAMP(3)" };
// Parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535, whatever the columns.
const MAX_PARAMETERS = 10_000;

const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

// Inserts the rows with one statement (per 10,000 parameters); a row whose `conflict` key is taken
// is skipped (ON CONFLICT DO NOTHING). Returns how many were inserted.
export async function insertRows<Row extends Record<string, unknown>>(tx: Tx, table: string, columns: Columns<Row>, rows: readonly Row[], conflict: readonly (keyof Row & string)[]): Promise<number> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  let inserted = 0;
  for (const chunk of chunks(rows, names.length)) {
    const values = chunk.map((row) => Prisma.sql`(${Prisma.join(names.map((name) => Prisma.sql`${row[name] ?? null}`))})`);
    inserted += await tx.$executeRaw`INSERT INTO ${ident(table)} (${Prisma.join(names.map(ident))}) VALUES ${Prisma.join(values)} ON CONFLICT (${Prisma.join(conflict.map(ident))}) DO NOTHING`;
  }
  return inserted;
}

// Updates rows by `key` with one statement (per 10,000 parameters): each row sets the columns of
// `columns` other than the key and the guards, where the stored row has the key, every `guards`
// column equal to the row's `guards` value, and `scope`'s columns equal to its values (e.g. the
// owner). Returns how many rows were updated.
export async function updateRows<Row extends Record<string, unknown>>(
  tx: Tx,
  table: string,
  columns: Columns<Row>,
  rows: readonly Row[],
  options: { key: keyof Row & string; guards?: Partial<Record<keyof Row & string, string>>; scope?: Record<string, string> },
): Promise<number> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const guards = Object.entries(options.guards ?? {}) as [keyof Row & string, string][];
  const guardNames = new Set(guards.map(([name]) => name));
  const set = names.filter((name) => name !== options.key && !guardNames.has(name));
  const postgres = dbProvider() === "postgresql";
  const typed = (name: keyof Row & string, value: unknown) => (postgres ? Prisma.sql`CAST(${value ?? null} AS ${Prisma.raw(PG_TYPES[columns[name]])})` : Prisma.sql`${value ?? null}`);
  const t = ident(table);
  const where = [
    Prisma.sql`${t}.${ident(options.key)} = v.${ident(options.key)}`,
    ...guards.map(([name, column]) => Prisma.sql`${t}.${ident(column)} = v.${ident(name)}`),
    ...Object.entries(options.scope ?? {}).map(([column, value]) => Prisma.sql`${t}.${ident(column)} = ${value}`),
  ];
  let updated = 0;
  for (const chunk of chunks(rows, names.length)) {
    const values = chunk.map((row) => Prisma.sql`(${Prisma.join(names.map((name) => typed(name, row[name])))})`);
    updated += await tx.$executeRaw`WITH v (${Prisma.join(names.map(ident))}) AS (VALUES ${Prisma.join(values)})
      UPDATE ${t} SET ${Prisma.join(set.map((name) => Prisma.sql`${ident(name)} = v.${ident(name)}`))}
      FROM v WHERE ${Prisma.join(where, " AND ")}`;
  }
  return updated;
}
