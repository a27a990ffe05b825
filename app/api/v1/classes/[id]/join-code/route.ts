import { NextResponse } from "next/server";
import { joinCodeActionSchema } from "@/lib/schemas/classes";
import { getClassForInstructor, setJoinCode } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { newJoinCode } from "@/lib/server/classes/join-codes";
import { route } from "@/lib/server/route";

// POST { action: "regenerate" | "off" }: a new join code (the old one stops working), or joining
// turned off. The instructor's own class only (404 otherwise).
export const POST = route({
  route: "/api/v1/classes/[id]/join-code",
  who: ["instructor"],
  body: joinCodeActionSchema,
  sample: () => ({ action: "regenerate" }),
  async handle({ user, ids: { id }, body }) {
    if (!(await setJoinCode(user.id, id, body.action, newJoinCode))) return notFoundResponse("No such class.");
    const klass = await getClassForInstructor(user.id, id);
    return NextResponse.json({ joinCode: klass?.joinCode ?? null });
  },
});
