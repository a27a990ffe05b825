import "server-only";

// Reading HTML form submissions into the plain objects the zod schemas validate: text fields as
// strings, empty optional numbers as null, checkboxes as booleans.

// A text field's value, or undefined when absent or a file. NUL characters (which no keyboard
// types and PostgreSQL cannot store) are dropped.
export function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value.replaceAll("\u0000", "") : undefined;
}

// A reader of the named text fields, for a form whose schema takes them as they are typed.
export function textFields<const N extends string>(...names: N[]): (formData: FormData) => Record<N, string | undefined> {
  return (formData) => Object.fromEntries(names.map((name) => [name, text(formData, name)])) as Record<N, string | undefined>;
}

// A number field: "" → null (not set); anything else → Number (NaN is refused by the schema).
export function optionalNumber(formData: FormData, name: string): number | null | undefined {
  const value = text(formData, name);
  if (value === undefined) return undefined;
  return value.trim() === "" ? null : Number(value);
}

// A checkbox: present ("on") → true, absent → false.
export function checkbox(formData: FormData, name: string): boolean {
  return formData.get(name) !== null;
}

// The assignment form as the createAssignmentSchema input. "Attempts allowed" left empty (or
// "unlimited") means unlimited (null); absent means the default (1).
export function assignmentFromForm(formData: FormData): Record<string, unknown> {
  return { classId: text(formData, "classId"), setId: text(formData, "setId"), ...assignmentRulesFromForm(formData) };
}

// The rules of an assignment as its forms send them (the edit form has no class or set).
export function assignmentRulesFromForm(formData: FormData): Record<string, unknown> {
  const attempts = text(formData, "attemptsAllowed");
  return {
    title: text(formData, "title"),
    opensAt: text(formData, "opensAt"),
    dueAt: text(formData, "dueAt"),
    timeZone: text(formData, "timeZone") || "UTC",
    timeLimitMinutes: optionalNumber(formData, "timeLimitMinutes") ?? null,
    attemptsAllowed: attempts === undefined ? 1 : attempts.trim() === "" || attempts === "unlimited" ? null : Number(attempts),
    gradingMethod: text(formData, "gradingMethod"),
    shuffleQuestions: checkbox(formData, "shuffleQuestions"),
    shuffleOptions: checkbox(formData, "shuffleOptions"),
    feedback: text(formData, "feedback"),
    lateWork: text(formData, "lateWork"),
    cutoffAt: text(formData, "cutoffAt") || null,
    holdOutOfSelfStudy: checkbox(formData, "holdOutOfSelfStudy"),
    targetRecall: percentage(formData, "targetRecall"),
  };
}

// A percentage field as a fraction ("85" → 0.85); empty or absent → undefined (the default).
export function percentage(formData: FormData, name: string): number | undefined {
  const percent = text(formData, name)?.trim();
  return percent ? Number(percent) / 100 : undefined;
}

// A study target form (/progress) as createStudyTargetSchema reads it: the ticked sections, the
// date, and the target recall typed as a percentage.
export function studyTargetFromForm(formData: FormData): Record<string, unknown> {
  return {
    sectionIds: formData.getAll("sections").filter((s): s is string => typeof s === "string"),
    date: text(formData, "date"),
    targetRecall: percentage(formData, "targetRecall"),
  };
}
