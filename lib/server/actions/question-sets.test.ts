import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { MAX_SET_ITEMS } from "@/lib/schemas/classes";
import { digestOf, FORBIDDEN, form, makeSet, makeUser, NOT_FOUND } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { addQuestionsToSetAction, addQuestionToSetAction, addRandomRuleAction, createCustomQuestionAction, createQuestionSetAction, deleteQuestionSetAction, moveSetItemAction, removeSetItemAction, renameQuestionSetAction } from "./question-sets";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Question set server actions: instructors only, their own sets only.

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

const order = async (setId: string) => (await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map((i) => i.questionId ?? `${i.count} from ${i.sectionId}`);

describe("question set actions", () => {
  it("create, add, move and remove on the instructor's own set", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const digest = await digestOf(createQuestionSetAction(form({ title: "" })));
    const set = await db.questionSet.findFirstOrThrow({ where: { ownerId: teacher.id } });
    expect(digest).toBe(`NEXT_REDIRECT;replace;/teach/sets/${set.id};307;`);
    expect(set.title).toBe("Untitled set");
    const [q1, q2] = await db.question.findMany({ where: { sectionId: "hsi", ownerId: null }, take: 2, orderBy: { position: "asc" } });
    await addQuestionToSetAction(form({ setId: set.id, questionId: q1!.id }));
    await addQuestionToSetAction(form({ setId: set.id, questionId: q2!.id }));
    expect(await addRandomRuleAction(initialFormState, form({ setId: set.id, sectionId: "ero", count: "2" }))).toMatchObject({ ok: true });
    expect(await order(set.id)).toEqual([q1!.id, q2!.id, "2 from ero"]);
    const items = await db.questionSetItem.findMany({ where: { setId: set.id }, orderBy: { position: "asc" } });
    await moveSetItemAction(form({ setId: set.id, itemId: items[2]!.id, direction: "up" }));
    expect(await order(set.id)).toEqual([q1!.id, "2 from ero", q2!.id]);
    await removeSetItemAction(form({ setId: set.id, itemId: items[0]!.id }));
    expect(await order(set.id)).toEqual(["2 from ero", q2!.id]);
    expect(await renameQuestionSetAction(initialFormState, form({ setId: set.id, title: "Week 2" }))).toMatchObject({ ok: true });
  });

  it("refuses a title the form cannot send (too long) with a 404 instead of saving an untitled set", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    expect(await digestOf(createQuestionSetAction(form({ title: "x".repeat(121) })))).toBe(NOT_FOUND);
    expect(await db.questionSet.count({ where: { ownerId: teacher.id } })).toBe(0);
  });

  it("a repeated or concurrent submit with the same request key makes one set and opens it each time", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    signInAs(teacher);
    const requestKey = crypto.randomUUID();
    const digests = await Promise.all([1, 2, 3].map(() => digestOf(createQuestionSetAction(form({ title: "Week 3", requestKey })))));
    const sets = await db.questionSet.findMany({ where: { ownerId: teacher.id } });
    expect(sets).toHaveLength(1);
    expect(new Set(digests)).toEqual(new Set([`NEXT_REDIRECT;replace;/teach/sets/${sets[0]!.id};307;`]));
    // A new key (the next visit to the page) makes a new set; another instructor's key is theirs alone.
    await digestOf(createQuestionSetAction(form({ title: "Week 4", requestKey: crypto.randomUUID() })));
    expect(await db.questionSet.count({ where: { ownerId: teacher.id } })).toBe(2);
    signInAs(other);
    await digestOf(createQuestionSetAction(form({ title: "Mine", requestKey })));
    expect(await db.questionSet.count({ where: { ownerId: other.id } })).toBe(1);
    expect(await digestOf(createQuestionSetAction(form({ title: "Mine", requestKey: "not-a-uuid" })))).toBe(NOT_FOUND);
  });

  it("adds the ticked questions in order, leaving ones already in the set; another instructor's set is a 404", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    const [q1, q2, q3] = await db.question.findMany({ where: { sectionId: "hsi", ownerId: null }, take: 3, orderBy: { position: "asc" } });
    await addQuestionToSetAction(form({ setId: set.id, questionId: q2!.id }));
    const ticked = new FormData();
    ticked.set("setId", set.id);
    for (const q of [q3!, q2!, q1!]) ticked.append("selected", q.id);
    await addQuestionsToSetAction(ticked);
    expect(await order(set.id)).toEqual([q2!.id, q3!.id, q1!.id]);
    // Nothing ticked changes nothing; a malformed id is refused.
    await addQuestionsToSetAction(form({ setId: set.id }));
    expect(await digestOf(addQuestionsToSetAction(form({ setId: set.id, selected: "../x" })))).toBe(NOT_FOUND);
    expect(await order(set.id)).toHaveLength(3);
    signInAs(other);
    expect(await digestOf(addQuestionsToSetAction(ticked))).toBe(NOT_FOUND);
    expect(await order(set.id)).toHaveLength(3);
  });

  it("answers a bad rule with field errors", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    expect(await addRandomRuleAction(initialFormState, form({ setId: set.id, sectionId: "ero", count: "0" }))).toMatchObject({ ok: false, errors: { count: [expect.any(String)] } });
    expect(await addRandomRuleAction(initialFormState, form({ setId: set.id, sectionId: "not-a-section", count: "2" }))).toMatchObject({ ok: false, errors: { sectionId: [expect.any(String)] } });
    expect(await order(set.id)).toEqual([]);
  });

  it("another instructor's set: every action is a 404 and nothing changes", async () => {
    const owner = await makeUser("instructor");
    const set = await makeSet(owner.id, "ero", 2);
    const before = await order(set.id);
    const [item] = await db.questionSetItem.findMany({ where: { setId: set.id }, orderBy: { position: "asc" } });
    const bank = await db.question.findFirstOrThrow({ where: { sectionId: "hsi", ownerId: null } });
    signInAs(await makeUser("instructor"));
    expect(await digestOf(addQuestionToSetAction(form({ setId: set.id, questionId: bank.id })))).toBe(NOT_FOUND);
    expect(await digestOf(moveSetItemAction(form({ setId: set.id, itemId: item!.id, direction: "down" })))).toBe(NOT_FOUND);
    expect(await digestOf(removeSetItemAction(form({ setId: set.id, itemId: item!.id })))).toBe(NOT_FOUND);
    expect(await digestOf(renameQuestionSetAction(initialFormState, form({ setId: set.id, title: "Taken" })))).toBe(NOT_FOUND);
    expect(await digestOf(addRandomRuleAction(initialFormState, form({ setId: set.id, sectionId: "ero", count: "2" })))).toBe(NOT_FOUND);
    const fields = { setId: set.id, type: "truefalse", prompt: "P?", explanation: "E.", difficulty: "easy", answer: "true" };
    expect(await digestOf(createCustomQuestionAction(initialFormState, form(fields)))).toBe(NOT_FOUND);
    expect(await db.question.count({ where: { prompt: "P?" } })).toBe(0);
    expect(await order(set.id)).toEqual(before);
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: set.id } })).title).toBe("Set");
  });

  it("students get the 403 page from every set action", async () => {
    const set = await makeSet((await makeUser("instructor")).id, "ero", 1);
    signInAs(await makeUser("student"));
    expect(await digestOf(createQuestionSetAction(form({})))).toBe(FORBIDDEN);
    expect(await digestOf(addRandomRuleAction(initialFormState, form({ setId: set.id, sectionId: "ero", count: "1" })))).toBe(FORBIDDEN);
    expect(await digestOf(createCustomQuestionAction(initialFormState, form({ setId: set.id })))).toBe(FORBIDDEN);
  });
});

describe("writing a question", () => {
  it("saves a valid question as the instructor's own (no quote needed) and adds it to the set", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    const fields = { setId: set.id, type: "ordering", prompt: "Put in order", explanation: "That is the process.", difficulty: "medium", items: "Arrest\nHearing\nRemoval", sectionId: "", quote: "" };
    expect(await digestOf(createCustomQuestionAction(initialFormState, form(fields)))).toBe(`NEXT_REDIRECT;replace;/teach/sets/${set.id};307;`);
    const saved = await db.question.findFirstOrThrow({ where: { ownerId: teacher.id } });
    expect(saved).toMatchObject({ type: "ordering", sectionId: null, prompt: "Put in order" });
    expect(JSON.parse(saved.data)).not.toHaveProperty("quote");
    expect(await order(set.id)).toEqual([saved.id]);
  });

  it("returns the errors beside the fields they concern, saving nothing", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    const state = await createCustomQuestionAction(initialFormState, form({ setId: set.id, type: "single", prompt: "", explanation: "E", difficulty: "easy", "option-0": "only one", correct: "0" }));
    expect(state.ok).toBe(false);
    // In words, once each, beside the field: never zod's "Too small: expected array to have >=2 items".
    expect(state.errors).toMatchObject({ prompt: ["Write the question."], options: ["Give at least 2 options."] });
    expect(state.errors).not.toHaveProperty("question");
    expect(state.values?.["option-0"]).toBe("only one");
    expect(await db.question.count({ where: { ownerId: teacher.id } })).toBe(0);
  });

  it("drops NUL characters from the fields (PostgreSQL cannot store them) before checking them", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    const fields = { setId: set.id, type: "truefalse", explanation: "It is.", difficulty: "easy", answer: "true" };
    const state = await createCustomQuestionAction(initialFormState, form({ ...fields, prompt: "\u0000" }));
    expect(state).toMatchObject({ ok: false, errors: { prompt: expect.any(Array) } });
    expect(await digestOf(createCustomQuestionAction(initialFormState, form({ ...fields, prompt: "ICE is\u0000 part of DHS." })))).toMatch(/^NEXT_REDIRECT;/);
    expect(await db.question.findFirstOrThrow({ where: { ownerId: teacher.id } })).toMatchObject({ prompt: "ICE is part of DHS." });
  });

  it("tells the instructor a full set is full, keeping what they typed and saving nothing", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const set = await makeSet(teacher.id, "ero", 0);
    const pool = await db.question.findMany({ where: { ownerId: null, retiredAt: null }, take: MAX_SET_ITEMS, select: { id: true } });
    await db.questionSetItem.createMany({ data: pool.map((q, position) => ({ setId: set.id, position, kind: "question", questionId: q.id })) });
    const state = await createCustomQuestionAction(initialFormState, form({ setId: set.id, type: "truefalse", prompt: "ICE is part of DHS.", explanation: "It is.", difficulty: "easy", answer: "true" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("at most 100 items") });
    expect(state.values?.prompt).toBe("ICE is part of DHS.");
    expect(await db.question.count({ where: { ownerId: teacher.id } })).toBe(0);
    expect(await db.questionSetItem.count({ where: { setId: set.id } })).toBe(MAX_SET_ITEMS);
  });
});

describe("deleteQuestionSetAction", () => {
  it("says why a set in use cannot go; deletes it once free and lands on the Teach page; another instructor gets a 404", async () => {
    const teacher = await makeUser("instructor");
    const set = await makeSet(teacher.id, "ero", 2);
    const klass = await db.class.create({ data: { name: "C", instructorId: teacher.id } });
    const a = await db.assignment.create({ data: { classId: klass.id, setId: set.id, title: "HW", opensAt: new Date("2020-01-01T00:00:00Z"), dueAt: new Date(Date.now() + 86_400_000), timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" } });
    signInAs(teacher);
    expect(await deleteQuestionSetAction(initialFormState, form({ setId: set.id }))).toMatchObject({ ok: false, message: "This set is used by 1 assignment. Delete it first." });
    await db.assignment.delete({ where: { id: a.id } });
    signInAs(await makeUser("instructor"));
    expect(await digestOf(deleteQuestionSetAction(initialFormState, form({ setId: set.id })))).toBe(NOT_FOUND);
    expect(await db.questionSet.count({ where: { id: set.id } })).toBe(1);
    signInAs(teacher);
    expect(await digestOf(deleteQuestionSetAction(initialFormState, form({ setId: set.id })))).toBe("NEXT_REDIRECT;replace;/teach;307;");
    expect(await db.questionSet.count({ where: { id: set.id } })).toBe(0);
  });
});
