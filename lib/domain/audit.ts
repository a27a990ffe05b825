// The class audit log's vocabulary: which changes are recorded, what an assignment edit changed,
// and the words an instructor reads for each. Plain data; the data layer writes the events in the
// same transaction as the change they record.

export const AUDIT_ACTIONS = [
  "assignment.created",
  "assignment.updated",
  "assignment.deleted",
  "member.joined",
  "member.removed",
  "member.restored",
  "join-code.regenerated",
  "join-code.turned-off",
  "class.deleted",
  "question-set.deleted",
  "extension.granted",
  "grade.overridden",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditSubjectType = "assignment" | "member" | "class" | "question-set";

// One sentence per action, after the actor's name ("Ada Lovelace removed a student").
export const ACTION_TEXT: Record<AuditAction, string> = {
  "assignment.created": "created the assignment",
  "assignment.updated": "changed the assignment",
  "assignment.deleted": "deleted the assignment",
  "member.joined": "joined the class with its code",
  "member.removed": "removed the student",
  "member.restored": "restored the student",
  "join-code.regenerated": "made a new join code",
  "join-code.turned-off": "turned joining off",
  "class.deleted": "deleted the class",
  "question-set.deleted": "deleted the question set",
  "extension.granted": "set an extension for",
  "grade.overridden": "changed the grade of",
};

// The rules of an assignment as stored, the ones a change to which can change a grade or who may
// submit when.
export type AssignmentRuleValues = {
  title: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  timeLimitSeconds: number | null;
  attemptsAllowed: number | null;
  gradingMethod: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedback: string;
  lateWork: string;
  cutoffAt: Date | null;
  holdOutOfSelfStudy: boolean;
  targetRecall: number;
};
export type RuleField = keyof AssignmentRuleValues;

// A rule as it is kept in an event's JSON: instants as ISO strings.
export type RuleValue = string | number | boolean | null;
export type RuleChange = { field: RuleField; before: RuleValue; after: RuleValue };

const RULE_FIELDS: readonly RuleField[] = [
  "title",
  "opensAt",
  "dueAt",
  "cutoffAt",
  "timeZone",
  "timeLimitSeconds",
  "attemptsAllowed",
  "gradingMethod",
  "feedback",
  "lateWork",
  "shuffleQuestions",
  "shuffleOptions",
  "holdOutOfSelfStudy",
  "targetRecall",
];

// The fields holding instants: the log shows them in the viewer's zone.
export const INSTANT_FIELDS: ReadonlySet<RuleField> = new Set<RuleField>(["opensAt", "dueAt", "cutoffAt"]);

const toValue = (value: AssignmentRuleValues[RuleField]): RuleValue => (value instanceof Date ? value.toISOString() : value);

// The rules as an event keeps them (the "created" event's snapshot).
export function ruleSnapshot(rules: AssignmentRuleValues): Record<RuleField, RuleValue> {
  return Object.fromEntries(RULE_FIELDS.map((field) => [field, toValue(rules[field])])) as Record<RuleField, RuleValue>;
}

// What an edit changed, field by field in a fixed order (dates first), before → after; empty when
// the edit changed nothing. Instants compare by time, not by object.
export function assignmentRuleChanges(before: AssignmentRuleValues, after: AssignmentRuleValues): RuleChange[] {
  const changes: RuleChange[] = [];
  for (const field of RULE_FIELDS) {
    const was = toValue(before[field]);
    const now = toValue(after[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

export const RULE_LABELS: Record<RuleField, string> = {
  title: "Title",
  opensAt: "Opens",
  dueAt: "Due",
  cutoffAt: "Late work cut-off",
  timeZone: "Time zone",
  timeLimitSeconds: "Time limit",
  attemptsAllowed: "Attempts",
  gradingMethod: "Grade from",
  feedback: "Feedback",
  lateWork: "Late work",
  shuffleQuestions: "Shuffle questions",
  shuffleOptions: "Shuffle options",
  holdOutOfSelfStudy: "Hold out of self-study",
  targetRecall: "Target recall",
};

const WORDS: Record<string, string> = {
  highest: "highest attempt",
  last: "last attempt",
  average: "average of attempts",
  immediately: "immediately",
  after_due: "after the due date",
  never: "never",
  accept: "accepted",
  refuse: "refused",
};

// A rule's value in words, for every field but the instants (the page renders those in the
// viewer's zone): "30 min", "unlimited", "yes".
export function ruleValueText(field: RuleField, value: RuleValue): string {
  if (field === "timeLimitSeconds") return value === null ? "none" : `${Math.round(Number(value) / 60)} min`;
  if (field === "attemptsAllowed") return value === null ? "unlimited" : String(value);
  if (field === "targetRecall") return typeof value === "number" ? `${Math.round(value * 100)}%` : "90%";
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return WORDS[value] ?? value;
  return String(value);
}
