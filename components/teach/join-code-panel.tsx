import { updateJoinCodeAction } from "@/lib/server/actions/classes";
import { Button } from "@/components/ui/button";
import { CopyButton, RegenerateCodeForm } from "@/components/teach/join-code-controls";
import { Panel } from "@/components/ui/panel";

// The class's join code and link (each with a copy button), with the buttons to regenerate the
// code (after asking) or turn joining off (or on again). `baseUrl` is the app's public address.
export function JoinCodePanel({ classId, joinCode, baseUrl }: { classId: string; joinCode: string | null; baseUrl: string }) {
  const link = joinCode ? `${baseUrl}/join/${joinCode}` : null;
  return (
    <Panel id="join-heading" title="Joining" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <dl className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <dt id="join-code-label" className="font-medium">
            Join code
          </dt>
          <dd aria-labelledby="join-code-label" aria-live="polite" className="font-mono text-2xl tracking-widest">
            {joinCode ?? "Joining is off"}
          </dd>
          {joinCode ? (
            <dd>
              <CopyButton text={joinCode} label="Copy code" />
            </dd>
          ) : null}
        </div>
        {link ? (
          <div className="flex flex-col gap-1">
            <dt id="join-link-label" className="font-medium">
              Join link
            </dt>
            <dd aria-labelledby="join-link-label" className="break-all font-mono text-sm">
              {link}
            </dd>
            <dd>
              <CopyButton text={link} label="Copy link" />
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-slate-700 dark:text-slate-300">Students enter the code under Classes, or open the link: it has them sign in (or sign up) and then joins them.</p>
      <div className="flex flex-wrap gap-2">
        {joinCode ? <RegenerateCodeForm classId={classId} /> : <JoinCodeButton classId={classId} action="regenerate" label="Turn joining on" />}
        {joinCode ? <JoinCodeButton classId={classId} action="off" label="Turn joining off" /> : null}
      </div>
    </Panel>
  );
}

// One join-code change that needs no second thought (turning joining on or off).
function JoinCodeButton({ classId, action, label }: { classId: string; action: "regenerate" | "off"; label: string }) {
  return (
    <form action={updateJoinCodeAction}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="action" value={action} />
      <Button type="submit" variant="secondary">
        {label}
      </Button>
    </form>
  );
}
