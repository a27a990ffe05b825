import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Who } from "@/lib/server/route";
import type { SampleRows } from "@/lib/server/sample-rows";

// Every page and route handler the app has, read from app/: the matrix must name each one.

export type DiscoveredRoute = { route: string; method: string; kind: "page" | "api" };

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) out.push(full);
  }
  return out;
}

// The URL pattern of a file under app/: route groups "(x)" dropped, dynamic segments kept as "[id]".
export function routeOf(file: string): string {
  const parts = path.relative("app", path.dirname(file)).split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p));
  return "/" + parts.join("/");
}

// All pages (GET) and all route handlers with the methods they export.
export function discoverRoutes(appDir = "app"): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const file of walk(appDir)) {
    const route = routeOf(file);
    if (file.endsWith("page.tsx")) {
      routes.push({ route, method: "GET", kind: "page" });
      continue;
    }
    const source = fs.readFileSync(file, "utf8");
    const methods = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
    for (const m of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
    for (const m of source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
    // export const { GET, ... } = createSomething(...)
    for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const name of (m[1] ?? "").matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1]!);
    for (const method of methods) routes.push({ route, method, kind: "api" });
  }
  return routes.sort((a, b) => (a.route + a.method).localeCompare(b.route + b.method));
}

// An API route method as its declaration describes it (see declared-routes.ts): who may call it,
// the rows its path names (in order), every row it names (its path's and its sample's), and its
// sample body or query with the rows as placeholders.
export type DeclaredApiRoute = {
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  who: Who;
  input: "body" | "query" | "none";
  sample: Record<string, unknown> | null;
  pathRows: (keyof SampleRows)[];
  rows: (keyof SampleRows)[];
};

// Every API route method's declaration, and the exported methods built without one. The route
// modules import the Prisma client, which Playwright's loader cannot, so a tsx child reads them.
export function declaredApiRoutes(): { routes: DeclaredApiRoute[]; undeclared: string[] } {
  const out = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "e2e/authorization/declared-routes.ts"], {
    env: { ...process.env, TSX_TSCONFIG_PATH: "e2e/tsconfig.routes.json", DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db" },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { routes: DeclaredApiRoute[]; undeclared: string[] };
}
