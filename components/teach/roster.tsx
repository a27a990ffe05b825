import { removeMemberAction } from "@/lib/server/actions/classes";
import { Button } from "@/components/ui/button";

// The class's students with a button to remove each.
export function Roster({ classId, members }: { classId: string; members: readonly { joinedAt: Date; user: { id: string; name: string; email: string } }[] }) {
  if (members.length === 0) return <p>No students yet. Give them the join code.</p>;
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-2">Name</th>
          <th scope="col" className="py-2">Email</th>
          <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {members.map(({ user }) => (
          <tr key={user.id} className="border-b border-slate-100 dark:border-slate-900">
            <th scope="row" className="py-2 font-normal">{user.name}</th>
            <td className="py-2 break-all">{user.email}</td>
            <td className="py-2 text-right">
              <form action={removeMemberAction}>
                <input type="hidden" name="classId" value={classId} />
                <input type="hidden" name="userId" value={user.id} />
                <Button type="submit" variant="secondary" aria-label={`Remove ${user.name}`}>
                  Remove
                </Button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
