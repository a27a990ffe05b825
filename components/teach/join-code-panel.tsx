import { updateJoinCodeAction } from "@/lib/server/actions/classes";
import { Button } from "@/components/ui/button";

// The class's join code with the buttons to regenerate it or turn joining off (or on again).
export function JoinCodePanel({ classId, joinCode }: { classId: string; joinCode: string | null }) {
  return (
    <section aria-labelledby="join-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="join-heading" className="text-xl font-semibold">
        Joining
      </h2>
      <dl className="flex items-baseline gap-3">
        <dt id="join-code-label" className="font-medium">
          Join code
        </dt>
        <dd aria-labelledby="join-code-label" aria-live="polite" className="font-mono text-2xl tracking-widest">
          {joinCode ?? "Joining is off"}
        </dd>
      </dl>
      <p className="text-sm text-slate-700 dark:text-slate-300">Students enter this code under Classes to join.</p>
      <div className="flex flex-wrap gap-2">
        <form action={updateJoinCodeAction}>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="action" value="regenerate" />
          <Button type="submit" variant="secondary">
            {joinCode ? "Regenerate code" : "Turn joining on"}
          </Button>
        </form>
        {joinCode ? (
          <form action={updateJoinCodeAction}>
            <input type="hidden" name="classId" value={classId} />
            <input type="hidden" name="action" value="off" />
            <Button type="submit" variant="secondary">
              Turn joining off
            </Button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
