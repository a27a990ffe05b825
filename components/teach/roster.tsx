import { removeMemberAction, restoreMemberAction } from "@/lib/server/actions/classes";
import { Button } from "@/components/ui/button";

type Member = { joinedAt: Date; user: { id: string; name: string; email: string } };

function MemberForm({ classId, userId, action, children }: { classId: string; userId: string; action: (formData: FormData) => Promise<void>; children: React.ReactNode }) {
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="userId" value={userId} />
      {children}
    </form>
  );
}

// The class's students. Removing asks first (a disclosure that works without JavaScript) and says
// what it does; removed students are listed after, each with Restore.
export function Roster({ classId, members, removed }: { classId: string; members: readonly Member[]; removed: readonly Member[] }) {
  return (
    <>
      {members.length === 0 ? (
        <p>No students yet. Give them the join code.</p>
      ) : (
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
              <tr key={user.id} className="border-b border-slate-100 align-top dark:border-slate-900">
                <th scope="row" className="py-2 font-normal">{user.name}</th>
                <td className="py-2 break-all">{user.email}</td>
                <td className="py-2 text-right">
                  <details className="inline-block text-left">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-slate-300 px-4 dark:border-slate-600" aria-label={`Remove ${user.name}…`}>
                      Remove…
                    </summary>
                    <div className="mt-2 flex max-w-xs flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                      <p className="text-sm">
                        {user.name} will lose access to this class and its assignments at once, including an attempt in progress. Their attempts and grades are kept, and you can restore them.
                      </p>
                      <MemberForm classId={classId} userId={user.id} action={removeMemberAction}>
                        <Button type="submit" variant="danger" aria-label={`Confirm: remove ${user.name}`}>
                          Remove {user.name}
                        </Button>
                      </MemberForm>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removed.length > 0 ? (
        <section aria-labelledby="removed-heading" className="flex flex-col gap-2">
          <h3 id="removed-heading" className="text-lg font-semibold">
            Removed students ({removed.length})
          </h3>
          <ul className="flex flex-col gap-2">
            {removed.map(({ user }) => (
              <li key={user.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {user.name} <span className="text-slate-700 dark:text-slate-300">({user.email})</span>
                </span>
                <MemberForm classId={classId} userId={user.id} action={restoreMemberAction}>
                  <Button type="submit" variant="secondary" aria-label={`Restore ${user.name}`}>
                    Restore
                  </Button>
                </MemberForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
