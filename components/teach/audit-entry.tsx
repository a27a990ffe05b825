import { LocalTime } from "@/components/classes/local-time";
import { ACTION_TEXT, AUDIT_ACTIONS, INSTANT_FIELDS, RULE_LABELS, ruleValueText, type AuditAction, type RuleField, type RuleValue } from "@/lib/domain/audit";
import type { AuditEventView } from "@/lib/server/data/audit";

const isAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);
const isField = (field: unknown): field is RuleField => typeof field === "string" && field in RULE_LABELS;

// A rule's value: instants in the viewer's zone, the rest in words.
function Value({ field, value }: { field: RuleField; value: RuleValue }) {
  if (INSTANT_FIELDS.has(field) && typeof value === "string") return <LocalTime iso={value} fallbackZone="UTC" />;
  return <>{ruleValueText(field, value)}</>;
}

// The changed rules of an "assignment.updated" event, one line each: "Due: 12 Jan → 19 Jan".
function Changes({ changes }: { changes: unknown }) {
  if (!Array.isArray(changes)) return null;
  const rows = changes.filter((c): c is { field: RuleField; before: RuleValue; after: RuleValue } => isField((c as { field?: unknown })?.field));
  return (
    <ul className="mt-1 flex flex-col gap-1 text-sm">
      {rows.map((c) => (
        <li key={c.field} className="break-words">
          <span className="font-semibold">{RULE_LABELS[c.field]}:</span> <Value field={c.field} value={c.before} /> → <Value field={c.field} value={c.after} />
        </li>
      ))}
    </ul>
  );
}

// What else the event says, in a short line (attempts deleted with an assignment, a student's email).
function extraLine(event: AuditEventView): string | null {
  const d = event.details;
  switch (event.action) {
    case "assignment.created":
      return typeof d.setTitle === "string" ? `From the set “${d.setTitle}”.` : null;
    case "assignment.deleted":
      return typeof d.attempts === "number" ? `${d.attempts} ${d.attempts === 1 ? "attempt" : "attempts"} deleted with it.` : null;
    case "class.deleted":
      return typeof d.assignments === "number" && typeof d.members === "number" ? `It had ${d.members} students and ${d.assignments} assignments.` : null;
    case "join-code.regenerated":
      return d.wasOff === true ? "Joining was off and is on again." : "The old code stopped working.";
    case "extension.granted":
      return typeof d.assignmentTitle === "string" ? `On “${d.assignmentTitle}”: ${typeof d.dueAt === "string" ? `due ${new Date(d.dueAt).toUTCString()}` : "the class's due date"}, ${typeof d.extraAttempts === "number" && d.extraAttempts > 0 ? `${d.extraAttempts} extra ${d.extraAttempts === 1 ? "attempt" : "attempts"}` : "no extra attempts"}.` : null;
    case "grade.overridden":
      return typeof d.assignmentTitle === "string" ? `On “${d.assignmentTitle}”: ${typeof d.percent === "number" ? `${d.percent}%` : "back to the grade from the attempts"}${typeof d.reason === "string" && d.reason ? `. Reason: ${d.reason}` : ""}.` : null;
    case "member.joined":
    case "member.removed":
    case "member.restored":
      return typeof d.email === "string" ? d.email : null;
    default:
      return null;
  }
}

// The subject's name, unless the page already says it (the class) or the actor is the subject (a
// student joining).
const showsLabel = (event: AuditEventView) => event.subject.type !== "class" && event.subject.id !== event.actor.id;

// One audit event: when, who, what, and what changed.
export function AuditEntry({ event }: { event: AuditEventView }) {
  const text = isAction(event.action) ? ACTION_TEXT[event.action] : event.action;
  const extra = extraLine(event);
  return (
    <li className="flex flex-col gap-1 border-b border-slate-200 py-3 dark:border-slate-800">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <LocalTime iso={event.createdAt.toISOString()} fallbackZone="UTC" />
      </p>
      <p className="break-words">
        <span className="font-semibold">{event.actor.name}</span> {text}
        {showsLabel(event) ? <span className="font-semibold"> “{event.subject.label}”</span> : null}
      </p>
      {extra ? <p className="break-words text-sm text-slate-700 dark:text-slate-300">{extra}</p> : null}
      {event.action === "assignment.updated" ? <Changes changes={event.details.changes} /> : null}
    </li>
  );
}
