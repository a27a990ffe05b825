import path from "node:path";

// Which engine a DATABASE_URL names, and where that engine's schema and migrations live.
// No URL means the embedded default: SQLite in ./data/retain.db, created on first start.

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string; schemaPath: string; migrationsPath: string }
  | { provider: "postgresql"; url: string; schemaPath: string; migrationsPath: string };

export const defaultDatabaseUrl = "file:./data/retain.db";

// Parses DATABASE_URL into the engine to use; throws on a URL we cannot serve.
export function databaseTarget(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = url && url.trim() !== "" ? url.trim() : defaultDatabaseUrl;
  if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
    return {
      provider: "postgresql",
      url: value,
      schemaPath: path.join("prisma", "postgres", "schema.prisma"),
      migrationsPath: path.join("prisma", "postgres", "migrations"),
    };
  }
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length);
    return {
      provider: "sqlite",
      url: value,
      filePath: path.resolve(cwd, file),
      schemaPath: path.join("prisma", "schema.prisma"),
      migrationsPath: path.join("prisma", "migrations"),
    };
  }
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${value.split(":")[0]}:…"`);
}
