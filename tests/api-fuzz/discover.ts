import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

// Finds every route handler under app/api/v1 by reading the files, so a new route or method is
// fuzzed without anyone touching the test: its path, dynamic segments, who may call it (from the
// `authenticate(...)` call) and how it reads its input (from `parseJsonBody` / `parseInput`).

export const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
export type Persona = "student" | "instructor";
export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

// How a handler reads the request: a JSON body, the query string, nothing, or a way this test
// does not know yet (which fails the discovery test, so the fuzzer is taught before it is trusted).
export type Input =
  | { kind: "body"; schemaName: string; modulePath: string }
  | { kind: "query"; schemaName: string; modulePath: string }
  | { kind: "none" }
  | { kind: "unknown"; reason: string };

export type RouteMethod = {
  file: string;
  route: string;
  method: Method;
  segments: { name: string; parent: string }[];
  personas: Persona[];
  input: Input;
};

const root = process.cwd();
const apiDir = path.join(root, "app/api/v1");
// A handler is a function declaration, or one wrapped by endpoint("<route>", async function X(...) {...}).
const EXPORT = new RegExp(
  `export\\s+(?:async\\s+)?function\\s+(${METHODS.join("|")})\\s*\\(([^)]*)\\)` +
    `|export\\s+const\\s+(${METHODS.join("|")})\\s*=\\s*endpoint\\(\\s*"[^"]*"\\s*,\\s*async\\s+function\\s*\\w*\\s*\\(([^)]*)\\)` +
    `|export\\s+const\\s+(${METHODS.join("|")})\\s*=`,
  "g",
);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

// The module a name is imported from in `source`, as an absolute path ("@/x" is the repository root).
function importPathOf(source: string, name: string): string | null {
  for (const m of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    const names = (m[1] ?? "").split(",").map((n) => n.trim().split(/\s+as\s+/).pop());
    if (names.includes(name)) return (m[2] ?? "").replace(/^@\//, `${root}/`);
  }
  return null;
}

function personasOf(body: string): Persona[] {
  // A public handler (no authenticate call) is still called signed in, as a student.
  if (!/authenticate\(/.test(body)) return ["student"];
  const roles = /authenticate\(\s*\[([^\]]*)\]\s*\)/.exec(body);
  if (!roles) return ["student", "instructor"];
  return (["student", "instructor"] as const).filter((p) => (roles[1] ?? "").includes(`"${p}"`));
}

function inputOf(source: string, body: string, params: string): Input {
  const json = /parseJsonBody\(\s*\w+\s*,\s*(\w+)\s*\)/.exec(body);
  if (json?.[1]) {
    const modulePath = importPathOf(source, json[1]);
    return modulePath ? { kind: "body", schemaName: json[1], modulePath } : { kind: "unknown", reason: `schema ${json[1]} is not imported by name` };
  }
  if (/searchParams/.test(body)) {
    const query = /parseInput\([\s\S]*?searchParams[\s\S]*?,\s*(\w+)\s*\)/.exec(body);
    const modulePath = query?.[1] ? importPathOf(source, query[1]) : null;
    return query?.[1] && modulePath ? { kind: "query", schemaName: query[1], modulePath } : { kind: "unknown", reason: "reads searchParams without parseInput(..., schema)" };
  }
  const requestParam = params.split(",")[0]?.trim().split(":")[0]?.trim() ?? "";
  if (requestParam === "" || requestParam.startsWith("_")) return { kind: "none" };
  if (/\.(json|text|formData|arrayBuffer|blob)\(\)/.test(body)) return { kind: "unknown", reason: "reads the body without parseJsonBody" };
  // Reads only headers (a bearer token): the fuzzer's input is the request itself, with no body.
  if (new RegExp(`\\b${requestParam}\\.headers\\b`).test(body) && !new RegExp(`\\b${requestParam}\\.(?!headers\\b)\\w+`).test(body)) return { kind: "none" };
  return { kind: "unknown", reason: `uses ${requestParam} in a way the fuzzer does not know` };
}

// Every exported method of every route file under app/api/v1, sorted by route.
export function discoverRoutes(): RouteMethod[] {
  const found: RouteMethod[] = [];
  for (const file of routeFiles(apiDir)) {
    const source = fs.readFileSync(file, "utf8");
    const route = `/api/v1/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`.replace(/\/$/, "");
    const parts = route.split("/");
    const segments = parts.flatMap((part, i) => (/^\[\w+\]$/.test(part) ? [{ name: part.slice(1, -1), parent: parts[i - 1] ?? "" }] : []));
    const exports = [...source.matchAll(EXPORT)];
    exports.forEach((m, i) => {
      const method = (m[1] ?? m[3] ?? m[5]) as Method;
      const body = source.slice(m.index, exports[i + 1]?.index ?? source.length);
      found.push({ file, route, method, segments, personas: personasOf(body), input: m[5] ? { kind: "unknown", reason: "handler is not a function declaration" } : inputOf(source, body, m[2] ?? m[4] ?? "") });
    });
  }
  return found.sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`));
}

// The route's exported handler, imported from its file.
export async function loadHandler(rm: RouteMethod): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ rm.file)) as Record<string, Handler>;
  const handler = mod[rm.method];
  if (typeof handler !== "function") throw new Error(`${rm.route}: ${rm.method} is not exported as a function`);
  return handler;
}

// The zod schema the route parses its input with, imported from where the route imports it.
export async function loadSchema(input: Extract<Input, { modulePath: string }>): Promise<z.ZodType> {
  const mod = (await import(/* @vite-ignore */ input.modulePath)) as Record<string, z.ZodType>;
  const schema = mod[input.schemaName];
  if (!schema || typeof schema.safeParse !== "function") throw new Error(`${input.schemaName} is not a zod schema exported by ${input.modulePath}`);
  return schema;
}
