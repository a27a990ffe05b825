import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { digestOf, enroll, FORBIDDEN, form, makeAssignment, makeClass, makeSet, makeUser, NOT_FOUND } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { createAssignmentAction, deleteAssignmentAction, setExtensionAction, setGradeOverrideAction, startAssignmentAction, updateAssignmentAction } from "./assignments";
import { buildGradebook } from "@/lib/server/classes/gradebook";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Assignment server actions: "Assign" (instructor, own class and set) and "Start" (student in the class).

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

const assignForm = (classId: string, setId: string, extra: Record<string, string> = {}) =>
  form({ classId, setId, title: "Week 1", opensAt: "2025-06-01T08:00", dueAt: "2025-06-07T23:59", timeZone: "America/New_York", timeLimitMinutes: "", attemptsAllowed: "", gradingMethod: "last", feedback: "after_due", lateWork: "refuse", shuffleOptions: "on", ...extra });

describe("createAssignmentAction", () => {
  it("assigns with the form's fields: local times in the instructor's zone, empty attempts = unlimited, unticked box = off", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    signInAs(teacher);
    const digest = await digestOf(createAssignmentAction(initialFormState, assignForm(klass.id, set.id)));
    const row = await db.assignment.findFirstOrThrow({ where: { classId: klass.id } });
    expect(digest).toBe(`NEXT_REDIRECT;replace;/teach/assignments/${row.id};307;`);
    expect(row).toMatchObject({ opensAt: new Date("2025-06-01T12:00:00Z"), dueAt: new Date("2025-06-08T03:59:00Z"), timeLimitSeconds: null, attemptsAllowed: null, gradingMethod: "last", feedback: "after_due", lateWork: "refuse", shuffleQuestions: false, shuffleOptions: true });
  });

  it("returns field errors for bad dates and numbers", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    signInAs(teacher);
    const state = await createAssignmentAction(initialFormState, assignForm(klass.id, set.id, { dueAt: "2025-05-01T08:00", timeLimitMinutes: "abc", attemptsAllowed: "2.5" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.errors).sort()).toEqual(["attemptsAllowed", "timeLimitMinutes"]);
    const dates = await createAssignmentAction(initialFormState, assignForm(klass.id, set.id, { dueAt: "2025-05-01T08:00" }));
    expect(dates.errors.dueAt).toEqual(["The due date must come after the opening date."]);
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("stores the target recall typed as a percentage (90% when left empty), and refuses one outside 70-99% with a message", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    signInAs(teacher);
    await digestOf(createAssignmentAction(initialFormState, assignForm(klass.id, set.id, { targetRecall: "80" })));
    await digestOf(createAssignmentAction(initialFormState, assignForm(klass.id, set.id, { title: "Default", targetRecall: "" })));
    const rows = await db.assignment.findMany({ where: { classId: klass.id }, orderBy: { title: "asc" } });
    expect(rows.map((r) => [r.title, r.targetRecall])).toEqual([["Default", 0.9], ["Week 1", 0.8]]);
    for (const bad of ["50", "100", "ninety"]) {
      const state = await createAssignmentAction(initialFormState, assignForm(klass.id, set.id, { targetRecall: bad }));
      expect(state).toMatchObject({ ok: false, values: { targetRecall: bad } });
      expect(state.errors.targetRecall?.[0]).toMatch(/70% and 99%|percentage/);
    }
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(2);
  });

  it("another instructor's class or set is a 404; a student gets 403", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    signInAs(other);
    expect(await digestOf(createAssignmentAction(initialFormState, assignForm(klass.id, (await makeSet(other.id)).id)))).toBe(NOT_FOUND);
    expect(await digestOf(createAssignmentAction(initialFormState, assignForm((await makeClass(other.id)).id, set.id)))).toBe(NOT_FOUND);
    signInAs(await makeUser("student"));
    expect(await digestOf(createAssignmentAction(initialFormState, assignForm(klass.id, set.id)))).toBe(FORBIDDEN);
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
  });
});

describe("startAssignmentAction", () => {
  it("starts the attempt and opens it in the quiz; refusals come back as a message", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(teacher.id);
    await enroll(klass.id, student.id);
    const set = await makeSet(teacher.id);
    const open = await makeAssignment(klass.id, set.id);
    const later = await makeAssignment(klass.id, set.id, { opensAt: new Date(Date.now() + 3_600_000), dueAt: new Date(Date.now() + 7_200_000) });
    signInAs(student);
    const digest = await digestOf(startAssignmentAction(initialFormState, form({ assignmentId: open.id })));
    const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: student.id, assignmentId: open.id } });
    expect(digest).toBe(`NEXT_REDIRECT;replace;/quiz/${attempt.id};307;`);
    expect(await startAssignmentAction(initialFormState, form({ assignmentId: later.id }))).toMatchObject({ ok: false, message: "This assignment is not open yet." });
  });

  it("is a 404 outside the class and a 403 for instructors", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const { id } = await makeAssignment(klass.id, (await makeSet(teacher.id)).id);
    signInAs(await makeUser("student"));
    expect(await digestOf(startAssignmentAction(initialFormState, form({ assignmentId: id })))).toBe(NOT_FOUND);
    signInAs(teacher);
    expect(await digestOf(startAssignmentAction(initialFormState, form({ assignmentId: id })))).toBe(FORBIDDEN);
    expect(await db.quizAttempt.count({ where: { assignmentId: id } })).toBe(0);
  });
});

describe("updateAssignmentAction and deleteAssignmentAction", () => {
  it("saves every rule from the edit form, keeping the class and set, and opens the assignment", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    const a = await makeAssignment(klass.id, set.id);
    signInAs(teacher);
    const edited = form({ assignmentId: a.id, title: "Week 1 (extended)", opensAt: "2025-06-01T08:00", dueAt: "2025-06-14T23:59", timeZone: "America/New_York", timeLimitMinutes: "45", attemptsAllowed: "3", gradingMethod: "average", feedback: "never", lateWork: "refuse", shuffleQuestions: "on" });
    expect(await digestOf(updateAssignmentAction(initialFormState, edited))).toBe(`NEXT_REDIRECT;replace;/teach/assignments/${a.id};307;`);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ classId: klass.id, setId: set.id, title: "Week 1 (extended)", dueAt: new Date("2025-06-15T03:59:00Z"), timeLimitSeconds: 2700, attemptsAllowed: 3, gradingMethod: "average", feedback: "never", lateWork: "refuse", shuffleQuestions: true, shuffleOptions: false });
  });

  it("changes the target recall from the edit form; a value out of range changes nothing", async () => {
    const teacher = await makeUser("instructor");
    const a = await makeAssignment((await makeClass(teacher.id)).id, (await makeSet(teacher.id)).id);
    signInAs(teacher);
    const fields = { assignmentId: a.id, title: "Week 1", opensAt: "2025-06-01T08:00", dueAt: "2025-06-07T08:00", timeZone: "UTC", gradingMethod: "last", feedback: "never", lateWork: "refuse" };
    expect(await updateAssignmentAction(initialFormState, form({ ...fields, targetRecall: "69" }))).toMatchObject({ ok: false, errors: { targetRecall: ["Target recall must be between 70% and 99%."] } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).targetRecall).toBe(0.9);
    await digestOf(updateAssignmentAction(initialFormState, form({ ...fields, targetRecall: "95" })));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).targetRecall).toBe(0.95);
  });

  it("returns field errors and keeps what was typed; another instructor gets a 404 and changes nothing", async () => {
    const teacher = await makeUser("instructor");
    const a = await makeAssignment((await makeClass(teacher.id)).id, (await makeSet(teacher.id)).id);
    const before = await db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    signInAs(teacher);
    const fields = { assignmentId: a.id, title: "Week 1", opensAt: "2025-06-01T08:00", dueAt: "2025-05-01T08:00", timeZone: "UTC", gradingMethod: "last", feedback: "never", lateWork: "refuse" };
    expect(await updateAssignmentAction(initialFormState, form(fields))).toMatchObject({ ok: false, errors: { dueAt: ["The due date must come after the opening date."] }, values: { dueAt: "2025-05-01T08:00" } });
    expect(await updateAssignmentAction(initialFormState, form({ ...fields, title: "" }))).toMatchObject({ ok: false, errors: { title: ["Enter a title."] } });
    signInAs(await makeUser("instructor"));
    expect(await digestOf(updateAssignmentAction(initialFormState, form({ assignmentId: a.id, title: "Stolen", opensAt: "2025-06-01T08:00", dueAt: "2025-07-01T08:00", timeZone: "UTC", gradingMethod: "last", feedback: "never", lateWork: "refuse" })))).toBe(NOT_FOUND);
    expect(await digestOf(deleteAssignmentAction(form({ assignmentId: a.id })))).toBe(NOT_FOUND);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });

  it("deletes the assignment and shows its class", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const a = await makeAssignment(klass.id, (await makeSet(teacher.id)).id);
    signInAs(teacher);
    expect(await digestOf(deleteAssignmentAction(form({ assignmentId: a.id })))).toBe(`NEXT_REDIRECT;replace;/teach/classes/${klass.id};307;`);
    expect(await db.assignment.count({ where: { id: a.id } })).toBe(0);
  });
});

describe("setExtensionAction", () => {
  const DAY = 86_400_000;

  it("a later due date and an extra attempt for one student: Start honours them, the audit log records it", async () => {
    const teacher = await makeUser("instructor");
    const [ann, bob] = [await makeUser("student"), await makeUser("student")];
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    await enroll(klass.id, ann.id);
    await enroll(klass.id, bob.id);
    // Due yesterday, late work refused, one attempt: closed for everyone.
    const { id } = await makeAssignment(klass.id, set.id, { dueAt: new Date(Date.now() - DAY), lateWork: "refuse", attemptsAllowed: 1 });
    signInAs(ann);
    expect(await startAssignmentAction(initialFormState, form({ assignmentId: id }))).toMatchObject({ ok: false, message: expect.stringContaining("closed") });

    signInAs(teacher);
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    expect(await setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: due, extraAttempts: "1" }))).toMatchObject({ ok: true, message: "Extension saved." });
    const event = await db.auditEvent.findFirstOrThrow({ where: { classId: klass.id, action: "extension.granted" } });
    expect(event).toMatchObject({ actorId: teacher.id, subjectType: "member", subjectId: ann.id, subjectLabel: ann.name });
    expect(JSON.parse(event.details)).toMatchObject({ assignmentId: id, dueAt: due, extraAttempts: 1 });

    // Ann may start (on time, not late) and, with the extra attempt, once more; Bob still may not.
    signInAs(ann);
    expect(await digestOf(startAssignmentAction(initialFormState, form({ assignmentId: id })))).toMatch(/^NEXT_REDIRECT;.*\/quiz\//);
    const first = await db.quizAttempt.findFirstOrThrow({ where: { userId: ann.id, assignmentId: id } });
    expect(first.late).toBe(false);
    await db.quizAttempt.update({ where: { id: first.id }, data: { finishedAt: new Date(), score: 1 } });
    expect(await digestOf(startAssignmentAction(initialFormState, form({ assignmentId: id })))).toMatch(/^NEXT_REDIRECT;/);
    expect(await db.quizAttempt.count({ where: { userId: ann.id, assignmentId: id } })).toBe(2);
    signInAs(bob);
    expect(await startAssignmentAction(initialFormState, form({ assignmentId: id }))).toMatchObject({ ok: false });

    // An empty date and 0 attempts remove it (and that is recorded too).
    signInAs(teacher);
    expect(await setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: "", extraAttempts: "0" }))).toMatchObject({ ok: true, message: "Extension removed." });
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { classId: klass.id, action: "extension.granted" } })).toBe(2);
  });

  it("refuses a date past the class's release of feedback, bad input with field errors; other instructors 404, students 403", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    const ann = await makeUser("student");
    const outsider = await makeUser("student");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    await enroll(klass.id, ann.id);
    const { id } = await makeAssignment(klass.id, set.id, { lateWork: "refuse", feedback: "after_due" });
    const later = new Date(Date.now() + 400 * DAY).toISOString();
    signInAs(teacher);
    expect(await setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: later, extraAttempts: "0" }))).toMatchObject({ ok: false, errors: { dueAt: [expect.stringContaining("released")] } });
    expect(await setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: "soon", extraAttempts: "1" }))).toMatchObject({ ok: false, errors: { dueAt: ["Enter a valid date and time."] } });
    expect(await setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: "", extraAttempts: "-1" }))).toMatchObject({ ok: false, errors: { extraAttempts: ["Enter 0 or more."] } });
    // Someone not in the class is not found, as is another instructor's assignment.
    expect(await digestOf(setExtensionAction(initialFormState, form({ assignmentId: id, userId: outsider.id, timeZone: "UTC", dueAt: "", extraAttempts: "1" })))).toBe(NOT_FOUND);
    signInAs(other);
    expect(await digestOf(setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: "", extraAttempts: "1" })))).toBe(NOT_FOUND);
    signInAs(ann);
    expect(await digestOf(setExtensionAction(initialFormState, form({ assignmentId: id, userId: ann.id, timeZone: "UTC", dueAt: "", extraAttempts: "1" })))).toBe(FORBIDDEN);
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
  });
});

describe("setGradeOverrideAction", () => {
  it("sets a grade with its reason: the gradebook counts it, the audit log records it; clearing goes back", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    const ann = await makeUser("student");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id);
    await enroll(klass.id, ann.id);
    const { id } = await makeAssignment(klass.id, set.id);
    signInAs(teacher);
    const fields = { assignmentId: id, userId: ann.id };
    expect(await setGradeOverrideAction(initialFormState, form({ ...fields, percent: "120", reason: "" }))).toMatchObject({ ok: false, errors: { percent: ["Enter 0 to 100."], reason: [expect.stringContaining("Say why")] } });
    expect(await setGradeOverrideAction(initialFormState, form({ ...fields, percent: "85.5", reason: "Oral exam instead" }))).toMatchObject({ ok: true, message: "Grade saved." });
    const book = await buildGradebook(teacher.id, klass.id, new Date());
    expect(book!.rows[0]!.cells[0]!.grade).toMatchObject({ percent: 85.5, override: { reason: "Oral exam instead" } });
    expect(book!.summaries[0]).toMatchObject({ count: 1, average: 85.5 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { classId: klass.id, action: "grade.overridden" } });
    expect(event).toMatchObject({ actorId: teacher.id, subjectId: ann.id });
    expect(JSON.parse(event.details)).toMatchObject({ assignmentId: id, percent: 85.5, reason: "Oral exam instead", before: null });

    expect(await setGradeOverrideAction(initialFormState, form({ ...fields, clear: "on" }))).toMatchObject({ ok: true });
    expect((await buildGradebook(teacher.id, klass.id, new Date()))!.rows[0]!.cells[0]!.grade).toBeNull();
    expect(await db.auditEvent.count({ where: { classId: klass.id, action: "grade.overridden" } })).toBe(2);

    signInAs(other);
    expect(await digestOf(setGradeOverrideAction(initialFormState, form({ ...fields, percent: "100", reason: "x" })))).toBe(NOT_FOUND);
    signInAs(ann);
    expect(await digestOf(setGradeOverrideAction(initialFormState, form({ ...fields, percent: "100", reason: "x" })))).toBe(FORBIDDEN);
    expect(await db.gradeOverride.count({ where: { assignmentId: id } })).toBe(0);
  });
});
