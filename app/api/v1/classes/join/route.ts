import { NextResponse } from "next/server";
import { joinClassSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { joinClassWithCode, REMOVED_MESSAGE, throttledJoinMessage } from "@/lib/server/teach/join";
import { endpoint } from "@/lib/server/endpoint";

// POST { code }: the student joins the class with this code (joining again changes nothing).
// A code that no class takes (never issued, regenerated or turned off) is a 404; after 10 wrong
// codes in 15 minutes every code is a 429 with Retry-After until the window passes. A student the
// instructor removed gets 403: only the instructor can restore them.
export const POST = endpoint("/api/v1/classes/join", async function POST(request: Request) {
  const { user, response } = await authenticate(["student"]);
  if (response) return response;
  const body = await parseJsonBody(request, joinClassSchema);
  if (body.response) return body.response;
  const outcome = await joinClassWithCode(user.id, body.data.code);
  if (outcome.status === "throttled") {
    const seconds = Math.max(1, Math.ceil((outcome.retryAt.getTime() - Date.now()) / 1000));
    return NextResponse.json({ error: throttledJoinMessage(outcome.retryAt) }, { status: 429, headers: { "Retry-After": String(seconds) } });
  }
  if (outcome.status === "unknown-code") return notFoundResponse("No class takes this code.");
  if (outcome.status === "removed") return NextResponse.json({ error: REMOVED_MESSAGE }, { status: 403 });
  return NextResponse.json({ class: outcome.class });
});
