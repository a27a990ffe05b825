import { NextResponse } from "next/server";
import { joinCodeActionSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { getClassForInstructor, setJoinCode } from "@/lib/server/data/classes";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { newJoinCode } from "@/lib/server/teach/join-codes";
import { endpoint } from "@/lib/server/endpoint";

// POST { action: "regenerate" | "off" }: a new join code (the old one stops working), or joining
// turned off. The instructor's own class only (404 otherwise).
export const POST = endpoint("/api/v1/classes/[id]/join-code", async function POST(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, joinCodeActionSchema);
  if (body.response) return body.response;
  if (!(await setJoinCode(user.id, id, body.data.action, newJoinCode))) return notFoundResponse("No such class.");
  const klass = await getClassForInstructor(user.id, id);
  return NextResponse.json({ joinCode: klass?.joinCode ?? null });
});
