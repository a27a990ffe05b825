import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { MAX_SET_ITEMS } from "@/lib/schemas/classes";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { makeUser, readJson } from "@/tests/support/classes";
import { GET as list, POST as create } from "./route";
import { DELETE as removeSet, GET as read, PATCH as rename } from "./[id]/route";
import { POST as addItem } from "./[id]/items/route";
import { DELETE as removeItem, PATCH as moveItem } from "./[id]/items/[itemId]/route";
import { POST as writeQuestion } from "./[id]/questions/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// The question-sets JSON API with a real database and the real content.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const itemCtx = (id: string, itemId: string) => ({ params: Promise.resolve({ id, itemId }) });
const body = readJson;
type Item = { id: string; kind: string; questionId?: string; prompt?: string };

let bankIds: string[];
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  bankIds = (await db.question.findMany({ where: { sectionId: "ero", ownerId: null }, orderBy: { position: "asc" }, take: 3, select: { id: true } })).map((q) => q.id);
});
beforeEach(() => signInAs(null));

async function newSet(title?: string): Promise<string> {
  const res = await create(jsonRequest("/x", "POST", title === undefined ? {} : { title }));
  expect(res.status).toBe(201);
  return ((await body(res)).questionSet as { id: string }).id;
}
const items = async (setId: string) => ((await body(await read(new Request("http://localhost/"), ctx(setId)))).questionSet as { items: Item[] }).items;

describe("sets", () => {
  it("students get 403 and signed-out callers 401", async () => {
    expect((await list()).status).toBe(401);
    signInAs(await makeUser("student"));
    expect((await list()).status).toBe(403);
    expect((await create(jsonRequest("/x", "POST", {}))).status).toBe(403);
  });

  it("an instructor builds a set: bank questions, a random rule, reordering, removal", async () => {
    signInAs(await makeUser("instructor"));
    const setId = await newSet();
    expect((await body(await list())).questionSets).toEqual([expect.objectContaining({ id: setId, title: "Untitled set" })]);
    for (const id of bankIds) expect((await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: id }), ctx(setId))).status).toBe(201);
    // Adding the same question again is harmless.
    expect((await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: bankIds[0] }), ctx(setId))).status).toBe(200);
    expect((await addItem(jsonRequest("/x", "POST", { kind: "random", sectionId: "hsi", count: 2 }), ctx(setId))).status).toBe(201);
    let now = await items(setId);
    expect(now.map((i) => i.questionId ?? i.kind)).toEqual([...bankIds, "random"]);
    const last = now[3]!;
    expect(await body(await moveItem(jsonRequest("/x", "PATCH", { direction: "up" }), itemCtx(setId, last.id)))).toEqual({ outcome: "moved" });
    expect(await body(await moveItem(jsonRequest("/x", "PATCH", { direction: "down" }), itemCtx(setId, now[0]!.id)))).toEqual({ outcome: "moved" });
    now = await items(setId);
    expect(now.map((i) => i.questionId ?? i.kind)).toEqual([bankIds[1], bankIds[0], "random", bankIds[2]]);
    expect(await body(await moveItem(jsonRequest("/x", "PATCH", { direction: "up" }), itemCtx(setId, now[0]!.id)))).toEqual({ outcome: "unchanged" });
    expect((await moveItem(jsonRequest("/x", "PATCH", { direction: "sideways" }), itemCtx(setId, now[0]!.id))).status).toBe(422);
    expect((await removeItem(new Request("http://localhost/"), itemCtx(setId, now[2]!.id))).status).toBe(204);
    expect((await items(setId)).map((i) => i.questionId)).toEqual([bankIds[1], bankIds[0], bankIds[2]]);
    expect((await rename(jsonRequest("/x", "PATCH", { title: "Week 1" }), ctx(setId))).status).toBe(200);
  });

  it("refuses unknown sections, unknown questions and bad counts", async () => {
    signInAs(await makeUser("instructor"));
    const setId = await newSet("Checks");
    expect((await addItem(jsonRequest("/x", "POST", { kind: "random", sectionId: "no-such-section", count: 2 }), ctx(setId))).status).toBe(404);
    expect((await addItem(jsonRequest("/x", "POST", { kind: "random", sectionId: "ero", count: 0 }), ctx(setId))).status).toBe(422);
    expect((await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: "no-such-question" }), ctx(setId))).status).toBe(404);
    expect(await items(setId)).toEqual([]);
  });

  it("another instructor's set is 404 for every read and write, and stays as it was", async () => {
    const owner = await makeUser("instructor");
    signInAs(owner);
    const setId = await newSet("Private");
    await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: bankIds[0] }), ctx(setId));
    const [item] = await items(setId);
    signInAs(await makeUser("instructor"));
    expect((await body(await list())).questionSets).toEqual([]);
    expect((await read(new Request("http://localhost/"), ctx(setId))).status).toBe(404);
    expect((await rename(jsonRequest("/x", "PATCH", { title: "Mine now" }), ctx(setId))).status).toBe(404);
    expect((await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: bankIds[1] }), ctx(setId))).status).toBe(404);
    expect((await moveItem(jsonRequest("/x", "PATCH", { direction: "down" }), itemCtx(setId, item!.id))).status).toBe(404);
    expect((await removeItem(new Request("http://localhost/"), itemCtx(setId, item!.id))).status).toBe(404);
    expect((await writeQuestion(jsonRequest("/x", "POST", { question: { type: "truefalse", prompt: "p", explanation: "e", difficulty: "easy", answer: true } }), ctx(setId))).status).toBe(404);
    signInAs(owner);
    expect((await items(setId)).map((i) => i.questionId)).toEqual([bankIds[0]]);
    expect(await db.question.count({ where: { ownerId: { not: null } } })).toBe(0);
  });
});

describe("instructor-written questions", () => {
  const question = { type: "single", prompt: "Which office handles removals?", explanation: "ERO does.", difficulty: "easy", options: [{ text: "ERO", correct: true }, { text: "HSI" }] };

  it("are saved with the content schema (quote optional) as the instructor's own, and added to the set", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const setId = await newSet();
    const res = await writeQuestion(jsonRequest("/x", "POST", { sectionId: "ero", question }), ctx(setId));
    expect(res.status).toBe(201);
    const id = ((await body(res)).question as { id: string }).id;
    expect(id).toMatch(/^custom-[a-z0-9]+$/);
    const row = await db.question.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ ownerId: teacher.id, sectionId: "ero", type: "single", difficulty: "easy" });
    expect(JSON.parse(row.data)).toMatchObject({ id, options: [{ text: "ERO", correct: true }, { text: "HSI", correct: false }] });
    expect((await items(setId)).map((i) => i.questionId)).toEqual([id]);
  });

  it("refuses invalid questions with the issues (422) and saves nothing", async () => {
    signInAs(await makeUser("instructor"));
    const setId = await newSet();
    const before = await db.question.count();
    const res = await writeQuestion(jsonRequest("/x", "POST", { question: { ...question, options: [{ text: "only one", correct: true }] } }), ctx(setId));
    expect(res.status).toBe(422);
    expect(JSON.stringify(await body(res))).toContain("question.options");
    expect((await writeQuestion(jsonRequest("/x", "POST", { question: { ...question, id: "sneaky-id" } }), ctx(setId))).status).toBe(422);
    expect((await writeQuestion(jsonRequest("/x", "POST", { sectionId: "nowhere", question }), ctx(setId))).status).toBe(422);
    expect(await db.question.count()).toBe(before);
  });

  it("hold to the content check's rules, each reported on its field (422), and save nothing", async () => {
    signInAs(await makeUser("instructor"));
    const setId = await newSet();
    const before = await db.question.count();
    const refusal = async (q: object) => {
      const res = await writeQuestion(jsonRequest("/x", "POST", { question: q }), ctx(setId));
      expect(res.status).toBe(422);
      return ((await body(res)).issues as { path: string; message: string }[]).map((i) => `${i.path}: ${i.message}`);
    };
    expect(await refusal({ ...question, options: [{ text: "ERO" }, { text: "HSI" }] })).toEqual(["question.options: Single-choice question needs exactly one correct option, found 0."]);
    expect(await refusal({ ...question, options: [{ text: "ERO", correct: true }, { text: "ero " }] })).toEqual([expect.stringMatching(/^question\.options: Duplicate option "ero"/)]);
    expect(await refusal({ type: "ordering", prompt: "Order these", explanation: "The process.", difficulty: "easy", items: ["Arrest", "Removal"] })).toEqual(["question.items: Ordering question needs at least 3 items, found 2."]);
    expect(await refusal({ type: "matching", prompt: "Match", explanation: "Who does what.", difficulty: "easy", pairs: [{ left: "ICE", right: "Enforcement" }, { left: "CBP", right: "enforcement" }] })).toEqual([expect.stringMatching(/^question\.pairs: Matching question repeats the right side/)]);
    expect(await refusal({ type: "typed", prompt: "Which agency runs removals?", explanation: "ERO does.", difficulty: "easy", answers: ["ERO"] })).toEqual(['question.prompt: Typed prompt has no "____" blank to fill in.']);
    expect(await db.question.count()).toBe(before);
  });

  it("are refused (409) when the set is full, and neither the question nor an item is saved", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const setId = await newSet();
    const pool = await db.question.findMany({ where: { ownerId: null, retiredAt: null }, orderBy: { position: "asc" }, take: MAX_SET_ITEMS, select: { id: true } });
    await db.questionSetItem.createMany({ data: pool.map((q, position) => ({ setId, position, kind: "question", questionId: q.id })) });
    const res = await writeQuestion(jsonRequest("/x", "POST", { sectionId: "ero", question }), ctx(setId));
    expect(res.status).toBe(409);
    expect(await body(res)).toMatchObject({ error: "This set is full: a set holds at most 100 items. Remove one to add this question." });
    expect(await db.question.count({ where: { ownerId: teacher.id } })).toBe(0);
    expect(await items(setId)).toHaveLength(MAX_SET_ITEMS);
  });

  it("cannot be used by another instructor", async () => {
    const author = await makeUser("instructor");
    signInAs(author);
    const setId = await newSet();
    const id = ((await body(await writeQuestion(jsonRequest("/x", "POST", { question }), ctx(setId)))).question as { id: string }).id;
    signInAs(await makeUser("instructor"));
    const theirs = await newSet();
    expect((await addItem(jsonRequest("/x", "POST", { kind: "question", questionId: id }), ctx(theirs))).status).toBe(404);
  });
});

describe("deleting a set", () => {
  it("deletes the instructor's set with its items, keeping their own questions; refuses while assignments use it (409)", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const setId = await newSet("To delete");
    const own = ((await body(await writeQuestion(jsonRequest("/x", "POST", { question: { type: "truefalse", prompt: "ICE is part of DHS.", explanation: "It is a DHS agency.", difficulty: "easy", answer: true } }), ctx(setId)))).question as { id: string }).id;
    const klass = await db.class.create({ data: { name: "C", instructorId: teacher.id } });
    const assignment = await db.assignment.create({ data: { classId: klass.id, setId, title: "HW", opensAt: new Date("2020-01-01T00:00:00Z"), dueAt: new Date(Date.now() + 86_400_000), timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" } });
    const inUse = await removeSet(new Request("http://localhost/"), ctx(setId));
    expect(inUse.status).toBe(409);
    expect(await body(inUse)).toMatchObject({ error: "This set is used by 1 assignment. Delete it first.", assignments: 1 });
    await db.assignment.delete({ where: { id: assignment.id } });
    signInAs(await makeUser("instructor"));
    expect((await removeSet(new Request("http://localhost/"), ctx(setId))).status).toBe(404);
    signInAs(teacher);
    expect((await removeSet(new Request("http://localhost/"), ctx(setId))).status).toBe(204);
    expect(await db.questionSet.count({ where: { id: setId } })).toBe(0);
    expect(await db.questionSetItem.count({ where: { setId } })).toBe(0);
    expect(await db.question.count({ where: { id: own } })).toBe(1);
    expect((await removeSet(new Request("http://localhost/"), ctx(setId))).status).toBe(404);
  });
});
