import { authenticate } from "@/lib/server/auth";
import { removeMember, restoreMember } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom } from "@/lib/server/teach/api";
import { endpoint } from "@/lib/server/endpoint";

type Params = { params: Promise<{ id: string; userId: string }> };

// The class and the student named in the path, or the 404 for a malformed id.
async function memberFrom(context: Params) {
  const classId = await idFrom(context);
  if (classId.response) return { response: classId.response };
  const member = await idFrom(context, "userId");
  if (member.response) return { response: member.response };
  return { classId: classId.id, userId: member.id };
}

// DELETE: removes the student from the instructor's class (204; again, 204). Their attempts and
// grades are kept (the gradebook shows them as removed) and PUT restores them. 404 when the class
// is not theirs or the student was never in it.
export const DELETE = endpoint("/api/v1/classes/[id]/members/[userId]", async function DELETE(_request: Request, context: Params) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const found = await memberFrom(context);
  if (found.response) return found.response;
  if (!(await removeMember(user.id, found.classId, found.userId, new Date()))) return notFoundResponse("No such member.");
  return new Response(null, { status: 204 });
});

// PUT: restores a student the instructor removed (204; restoring a current member changes nothing).
export const PUT = endpoint("/api/v1/classes/[id]/members/[userId]", async function PUT(_request: Request, context: Params) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const found = await memberFrom(context);
  if (found.response) return found.response;
  if (!(await restoreMember(user.id, found.classId, found.userId))) return notFoundResponse("No such member.");
  return new Response(null, { status: 204 });
});
