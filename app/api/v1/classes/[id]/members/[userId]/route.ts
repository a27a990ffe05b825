import { authenticate } from "@/lib/server/auth";
import { removeMember } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom } from "@/lib/server/teach/api";

type Params = { params: Promise<{ id: string; userId: string }> };

// DELETE: removes the student from the instructor's class (204); 404 when the class is not theirs
// or the student is not in it.
export async function DELETE(_request: Request, context: Params) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const classId = await idFrom(context);
  const member = await idFrom(context, "userId");
  if (classId.response) return classId.response;
  if (member.response) return member.response;
  if (!(await removeMember(user.id, classId.id, member.id))) return notFoundResponse("No such member.");
  return new Response(null, { status: 204 });
}
