// The PostgreSQL schema is derived from the one SQLite schema source, so the two can never drift.

// Rewrites the SQLite schema for PostgreSQL: provider and generated-client folder change, models stay.
export function postgresSchemaFrom(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output   = "../../lib/generated/postgres"');
  if (out === sqliteSchema) throw new Error("prisma/schema.prisma: expected a sqlite provider and lib/generated/sqlite output");
  return "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.ts: do not edit.\n" + out;
}

// Prisma 6's CLI (used offline for `migrate diff`) needs a url in the datasource; Prisma 7 rejects one.
export function withDatasourceUrl(schema: string, url: string): string {
  return schema.replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*"[^"]+")/, `$1\n  url      = "${url}"`);
}
