import type { RouteHandler } from "@/lib/server/route";
import type { SampleRows } from "@/lib/server/sample-rows";
import { discoverRoutes, undeclared } from "@/tests/api-fuzz/discover";
import type { DeclaredApiRoute } from "./discover";

// Prints, as JSON, every API route method under app/api/v1 as its declaration (lib/server/route.ts)
// describes it: who may call it, the rows it names (its path's ids and the rows its sample input
// reads) and that sample, with each row written as a placeholder ("{row:cardId}") the walk fills
// in with its own records. Playwright's loader cannot import route modules (they import the Prisma
// client), so e2e/authorization/discover.ts runs this in a tsx child process.

// The row a path segment names, by the folder before it ("classes/[id]" names a class).
const segmentRows: Record<string, keyof SampleRows> = {
  classes: "classId",
  "question-sets": "setId",
  items: "itemId",
  assignments: "assignmentId",
  "quiz-attempts": "attemptId",
  members: "memberId",
};

async function main() {
  const routes = await discoverRoutes();
  const declared = routes.map(({ route, method, input, sample, handler }) => {
    const parts = route.split("/");
    const pathRows = parts.flatMap((part, i) => {
      if (!/^\[\w+\]$/.test(part)) return [];
      const row = segmentRows[parts[i - 1] ?? ""];
      if (!row) throw new Error(`${route}: no row is known for the segment ${part} after "${parts[i - 1]}"`);
      return [row];
    });
    const rows = new Set<keyof SampleRows>(pathRows);
    // The sample reads its rows from a recorder that answers each with its placeholder.
    const recorder = new Proxy({} as SampleRows, {
      get: (_, key) => {
        rows.add(key as keyof SampleRows);
        return `{row:${String(key)}}`;
      },
    });
    const { declaration } = handler as unknown as RouteHandler;
    return { route, method, who: declaration.who, input: input.kind, sample: sample?.(recorder) ?? null, pathRows, rows: [...rows] } satisfies DeclaredApiRoute;
  });
  console.log(JSON.stringify({ undeclared, routes: declared }));
}

void main();
