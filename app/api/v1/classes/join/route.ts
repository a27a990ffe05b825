import { NextResponse } from "next/server";
import { joinClassSchema } from "@/lib/schemas/classes";
import { joinClassWithCode, joinRefusal } from "@/lib/server/classes/join";
import { refusalResponse } from "@/lib/server/refusal";
import { route } from "@/lib/server/route";

// POST { code }: the student joins the class with this code (joining again changes nothing).
// A code that no class takes (never issued, regenerated or turned off) is a 404; after 10 wrong
// codes in 15 minutes every code is a 429 with Retry-After until the window passes. A student the
// instructor removed gets 403: only the instructor can restore them.
export const POST = route({
  route: "/api/v1/classes/join",
  who: ["student"],
  body: joinClassSchema,
  sample: (rows) => ({ code: rows.joinCode }),
  async handle({ user, body }) {
    const outcome = await joinClassWithCode(user.id, body.code);
    if (outcome.status !== "joined") return refusalResponse(joinRefusal(outcome));
    return NextResponse.json({ class: outcome.class });
  },
});
