import { NextResponse } from "next/server";
import { joinClassSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { joinByCode } from "@/lib/server/data/classes";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";

// POST { code }: the student joins the class with this code (joining again changes nothing).
// A code that no class takes (never issued, regenerated or turned off) is a 404.
export async function POST(request: Request) {
  const { user, response } = await authenticate(["student"]);
  if (response) return response;
  const body = await parseJsonBody(request, joinClassSchema);
  if (body.response) return body.response;
  const joined = await joinByCode(user.id, body.data.code);
  if (!joined) return notFoundResponse("No class takes this code.");
  return NextResponse.json({ class: joined });
}
