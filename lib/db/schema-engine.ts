import fs from "node:fs";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, mockAdapter } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to WebAssembly, pinned to the Prisma version we run, used only to
// diff two schemas into a migration script. The native engine that `prisma migrate` needs is
// downloaded at run time, which fails offline (and `npx prisma@6 migrate diff` downloads it too),
// so we drive the same engine here with a stand-in database connection: a schema-to-schema diff
// reads nothing from a database but the PostgreSQL version, which we answer.

type Provider = "sqlite" | "postgresql";

let loaded = false;
function loadEngine() {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  loaded = true;
}

function standInConnection(provider: Provider) {
  const adapterProvider = provider === "postgresql" ? "postgres" : "sqlite";
  const connect = async () => {
    const mock = mockAdapter(adapterProvider);
    return {
      ...mock,
      queryRaw: async (query: { sql: string }) => {
        if (query.sql.includes("server_version_num")) {
          // exists(public schema), version(), numeric version: Boolean, Text, Int32 column types.
          return { columnNames: ["exists", "version", "numeric_version"], columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 15.0", 150000]] };
        }
        return mock.queryRaw(query as never);
      },
    };
  };
  return bindMigrationAwareSqlAdapterFactory({ provider: adapterProvider, adapterName: "retain-offline-diff", connect, connectToShadowDb: connect } as never);
}

// Returns the SQL that takes a database from `from` (null: empty) to `to`, for the given provider.
export async function diffSchemas(provider: Provider, from: string | null, to: string): Promise<string> {
  loadEngine();
  const engine = await engineBindings.SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, standInConnection(provider));
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? "").replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, "");
  } finally {
    engine.free();
  }
}
