import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { removeMember, restoreMember } from "@/lib/server/data/classes";
import { digestOf, enroll, FORBIDDEN, makeAssignment, makeClass, makeSet, makeUser, NOT_FOUND } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import TeachPage from "./page";
import TeachClassPage from "./classes/[id]/page";
import GradebookPage from "./classes/[id]/gradebook/page";
import AuditLogPage from "./classes/[id]/audit/page";
import SetPage from "./sets/[id]/page";
import SetPreviewPage from "./sets/[id]/preview/page";
import NewQuestionPage from "./sets/[id]/questions/new/page";
import TeachAssignmentPage from "./assignments/[id]/page";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-retain-path": "/teach" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The instructor pages decide who may see them before rendering anything: signed out → sign-in,
// a student → the 403 page, another instructor's class, set or assignment → 404.

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const withSearch = (id: string) => ({ ...params(id), searchParams: Promise.resolve({}) });

let owner: { id: string };
let student: { id: string };
let ids: { klass: string; set: string; assignment: string };
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  owner = await makeUser("instructor");
  const klass = await makeClass(owner.id, "PAGE2345");
  const set = await makeSet(owner.id);
  const assignment = await makeAssignment(klass.id, set.id);
  student = await makeUser("student");
  await enroll(klass.id, student.id);
  ids = { klass: klass.id, set: set.id, assignment: assignment.id };
});
beforeEach(() => signInAs(null));

const pages = () => [
  () => TeachPage(),
  () => TeachClassPage(params(ids.klass)),
  () => GradebookPage(params(ids.klass)),
  () => AuditLogPage(withSearch(ids.klass)),
  () => SetPage(withSearch(ids.set)),
  () => SetPreviewPage(withSearch(ids.set)),
  () => NewQuestionPage(params(ids.set)),
  () => TeachAssignmentPage(params(ids.assignment)),
];

describe("instructor pages", () => {
  it("send signed-out visitors to sign-in", async () => {
    for (const page of pages()) expect(await digestOf(page())).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=/);
  });

  it("show students the 403 page, even students of the class", async () => {
    signInAs(student);
    for (const page of pages()) expect(await digestOf(page())).toBe(FORBIDDEN);
  });

  it("give another instructor a 404 for this class, its gradebook, set and assignment", async () => {
    signInAs(await makeUser("instructor"));
    for (const page of pages().slice(1)) expect(await digestOf(page())).toBe(NOT_FOUND);
  });

  it("list only the instructor's own classes and sets", async () => {
    const other = await makeUser("instructor");
    await makeClass(other.id, null, "Someone else's class");
    signInAs(owner);
    const html = renderToStaticMarkup(await TeachPage());
    expect(html).toContain(`/teach/classes/${ids.klass}`);
    expect(html).toContain(`/teach/sets/${ids.set}`);
    expect(html).not.toContain("Someone else");
    expect(html).toContain("Create class");
    expect(html).toContain("New question set");
  });

  it("show the join code next to its label on the class page", async () => {
    signInAs(owner);
    const html = renderToStaticMarkup(await TeachClassPage(params(ids.klass)));
    expect(html).toMatch(/<dt id="join-code-label"[^>]*>Join code<\/dt><dd aria-labelledby="join-code-label"[^>]*>PAGE2345<\/dd>/);
    expect(html).toContain(">Assign<");
  });

  it("show the class's audit log to its instructor, with a student's removal in it", async () => {
    signInAs(owner);
    await removeMember(owner.id, ids.klass, student.id, new Date());
    const html = renderToStaticMarkup(await AuditLogPage(withSearch(ids.klass)));
    expect(html).toContain("removed the student");
    expect(await digestOf(AuditLogPage({ ...params(ids.klass), searchParams: Promise.resolve({ page: "0" }) }))).toBe(NOT_FOUND);
    await restoreMember(owner.id, ids.klass, student.id);
  });

  it("render for the owner", async () => {
    signInAs(owner);
    for (const page of pages()) expect(await page()).toBeTruthy();
  });
});
