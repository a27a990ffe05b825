import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { RouteHandler } from "@/lib/server/route";

// Finds every route handler under app/api/v1 and reads its declaration (lib/server/route.ts): who
// may call it, the schemas of its body or query string and one valid sample of it. A new route or method is fuzzed without
// anyone touching the test, and an exported method built without route() fails discovery.

export const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
export type Persona = "student" | "instructor";
export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

// How a handler reads the request: a JSON body, the query string, or nothing.
export type Input = { kind: "body"; schema: z.ZodType } | { kind: "query"; schema: z.ZodType } | { kind: "none" };

export type RouteMethod = {
  file: string;
  route: string;
  method: Method;
  segments: { name: string; parent: string }[];
  personas: Persona[];
  input: Input;
  // The declaration's valid body or query, from a persona's rows.
  sample?: RouteHandler["declaration"]["sample"];
  handler: Handler;
};

const root = process.cwd();
const apiDir = path.join(root, "app/api/v1");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

// A public route is still called signed in, as a student.
function personasOf(who: RouteHandler["declaration"]["who"]): Persona[] {
  if (who === "public" || who === "signed-in") return who === "public" ? ["student"] : ["student", "instructor"];
  return (["student", "instructor"] as const).filter((p) => who.includes(p));
}

// The exported methods of a route file that were not built with route(), as "METHOD /route".
export const undeclared: string[] = [];

// Every exported method of every route file under app/api/v1, sorted by route.
export async function discoverRoutes(): Promise<RouteMethod[]> {
  const found: RouteMethod[] = [];
  undeclared.length = 0;
  for (const file of routeFiles(apiDir)) {
    const route = `/api/v1/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`.replace(/\/$/, "");
    const parts = route.split("/");
    const segments = parts.flatMap((part, i) => (/^\[\w+\]$/.test(part) ? [{ name: part.slice(1, -1), parent: parts[i - 1] ?? "" }] : []));
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = mod[method] as Partial<RouteHandler> | undefined;
      if (handler === undefined) continue;
      const declaration = handler.declaration;
      if (typeof handler !== "function" || !declaration || declaration.route !== route) {
        undeclared.push(`${method} ${route}${declaration ? ` (declared as ${declaration.route})` : ""}`);
        continue;
      }
      const input: Input = declaration.body ? { kind: "body", schema: declaration.body } : declaration.query ? { kind: "query", schema: declaration.query } : { kind: "none" };
      found.push({ file, route, method, segments, personas: personasOf(declaration.who), input, sample: declaration.sample, handler: handler as unknown as Handler });
    }
  }
  return found.sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`));
}
