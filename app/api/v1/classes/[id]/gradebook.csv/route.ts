import { notFoundResponse } from "@/lib/server/http";
import { buildGradebook, gradebookCsv, gradebookFileName } from "@/lib/server/classes/gradebook";
import { route } from "@/lib/server/route";

// GET: the gradebook of the instructor's class as a CSV download (UTF-8 with BOM for spreadsheets).
export const GET = route({
  route: "/api/v1/classes/[id]/gradebook.csv",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    const book = await buildGradebook(user.id, id, new Date());
    if (!book) return notFoundResponse("No such class.");
    return new Response(gradebookCsv(book), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${gradebookFileName(book.className)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
