import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { buildGradebook } from "@/lib/server/teach/gradebook";
import { endpoint } from "@/lib/server/endpoint";

// GET: the gradebook of the instructor's class: students × assignments with grades and late marks.
export const GET = endpoint("/api/v1/classes/[id]/gradebook", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const book = await buildGradebook(user.id, id, new Date());
  if (!book) return notFoundResponse("No such class.");
  return NextResponse.json({ gradebook: book });
});
