import { authenticate } from "@/lib/server/auth";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { buildGradebook, gradebookCsv, gradebookFileName } from "@/lib/server/teach/gradebook";
import { endpoint } from "@/lib/server/endpoint";

// GET: the gradebook of the instructor's class as a CSV download (UTF-8 with BOM for spreadsheets).
export const GET = endpoint("/api/v1/classes/[id]/gradebook.csv", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const book = await buildGradebook(user.id, id, new Date());
  if (!book) return notFoundResponse("No such class.");
  return new Response(gradebookCsv(book), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${gradebookFileName(book.className)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
