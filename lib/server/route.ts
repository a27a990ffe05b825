import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/domain/access";
import { rowIdSchema } from "@/lib/schemas/classes";
import type { Role } from "@/lib/schemas/user";
import type { SampleRows } from "@/lib/server/sample-rows";
import { authenticate } from "@/lib/server/auth";
import { endpoint } from "@/lib/server/endpoint";
import { notFoundResponse, parseInput, parseJsonBody } from "@/lib/server/http";

// One declaration per API route method: who may call it, how its input is read, and the handler,
// which gets the caller and the parsed input and only calls the domain and shapes the answer.
// The boundary (sign-in check, role check, ids from the path, JSON body or query string parsed
// with zod, 401/403/404/413/422 answers, request logs and metrics) is written here once. The
// declaration stays on the built handler, so the API fuzzer reads who may call a route and its
// schemas from the route itself.

// "public": no sign-in and no session lookup (probes, the metrics scrape with its own token);
// "signed-in": any role; a list: only those roles (403 for the others).
export type Who = "public" | "signed-in" | readonly Role[];

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type Caller<W extends Who> = W extends "public" ? null : SessionUser;

// The path's dynamic segments ("[id]", "[userId]") of a route pattern.
type Segments<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? Name | Segments<Rest> : never;

export type RouteDeclaration<P extends string, W extends Who, B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = {
  route: P;
  who: W;
  // The JSON body's schema (400 not JSON, 413 too big, 422 with zod's issues).
  body?: B;
  // The query string's schema, read as an object of strings (422 with zod's issues).
  query?: Q;
  // One valid body or query (required with either): the API fuzzer breaks it one field at a time.
  sample?: (rows: SampleRows) => Record<string, unknown>;
  // The 404 message for an id in the path that cannot name a row ("Not found." when unset).
  notFound?: string;
  // false: no request log line or metrics (the health probe is the benchmarks' trivial baseline,
  // and a metrics scrape must not count itself).
  logged?: boolean;
  handle: (input: { user: Caller<W>; ids: Record<Segments<P>, string>; body: Infer<B>; query: Infer<Q>; request: Request }) => Response | Promise<Response>;
};

export type DeclaredRoute = { route: string; who: Who; body?: z.ZodType; query?: z.ZodType; sample?: (rows: SampleRows) => Record<string, unknown> };
type Context = { params: Promise<Record<string, string>> };
export type RouteHandler = ((request?: Request, context?: Context) => Promise<Response>) & { declaration: DeclaredRoute };

const segmentNames = (route: string) => [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);

export function route<P extends string, W extends Who, B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  declaration: RouteDeclaration<P, W, B, Q>,
): RouteHandler {
  const segments = segmentNames(declaration.route);
  const serve = async (request?: Request, context?: Context): Promise<Response> => {
    // Tests call handlers that read nothing from the request without one.
    const req = request ?? new Request(`http://localhost${declaration.route}`);
    let user: SessionUser | null = null;
    if (declaration.who !== "public") {
      const signedIn = await authenticate(declaration.who === "signed-in" ? undefined : declaration.who);
      if (signedIn.response) return signedIn.response;
      user = signedIn.user;
    }
    const params = context ? await context.params : {};
    const ids: Record<string, string> = {};
    for (const name of segments) {
      // A malformed id cannot name any row: the same 404 as a row that is not there.
      const parsed = rowIdSchema.safeParse(params[name]);
      if (!parsed.success) return notFoundResponse(declaration.notFound);
      ids[name] = parsed.data;
    }
    let body: unknown;
    if (declaration.body) {
      const parsed = await parseJsonBody(req, declaration.body);
      if (parsed.response) return parsed.response;
      body = parsed.data;
    }
    let query: unknown;
    if (declaration.query) {
      const parsed = parseInput(Object.fromEntries(new URL(req.url).searchParams), declaration.query);
      if (parsed.response) return parsed.response;
      query = parsed.data;
    }
    return declaration.handle({ user: user as Caller<W>, ids: ids as Record<Segments<P>, string>, body: body as Infer<B>, query: query as Infer<Q>, request: req });
  };
  const handler = declaration.logged === false ? serve : endpoint(declaration.route, serve);
  const { route: pattern, who, body, query, sample } = declaration;
  return Object.assign(handler, { declaration: { route: pattern, who, body, query, sample } });
}
