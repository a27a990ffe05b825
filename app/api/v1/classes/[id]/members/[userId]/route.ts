import { removeMember, restoreMember } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";

// DELETE: removes the student from the instructor's class (204; again, 204). Their attempts and
// grades are kept (the gradebook shows them as removed) and PUT restores them. 404 when the class
// is not theirs or the student was never in it.
export const DELETE = route({
  route: "/api/v1/classes/[id]/members/[userId]",
  who: ["instructor"],
  async handle({ user, ids }) {
    if (!(await removeMember(user.id, ids.id, ids.userId, new Date()))) return notFoundResponse("No such member.");
    return new Response(null, { status: 204 });
  },
});

// PUT: restores a student the instructor removed (204; restoring a current member changes nothing).
export const PUT = route({
  route: "/api/v1/classes/[id]/members/[userId]",
  who: ["instructor"],
  async handle({ user, ids }) {
    if (!(await restoreMember(user.id, ids.id, ids.userId))) return notFoundResponse("No such member.");
    return new Response(null, { status: 204 });
  },
});
