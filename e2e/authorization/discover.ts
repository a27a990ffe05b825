import fs from "node:fs";
import path from "node:path";

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
