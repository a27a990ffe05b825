import { describe, expect, it } from "vitest";
import { decideAccess } from "@/lib/domain/access";

const student = { id: "u1", email: "s@example.com", name: "S", role: "student" as const };
const instructor = { ...student, id: "u2", role: "instructor" as const };

describe("role guards", () => {
  it("answers 401 to nobody", () => {
    expect(decideAccess(null)).toEqual({ ok: false, status: 401, message: "Sign in to continue." });
  });
  it("answers 403 to the wrong role", () => {
    const decision = decideAccess(student, ["instructor"]);
    expect(decision).toMatchObject({ ok: false, status: 403 });
  });
  it("lets the right role and any signed-in user through", () => {
    expect(decideAccess(instructor, ["instructor"])).toEqual({ ok: true, user: instructor });
    expect(decideAccess(student)).toEqual({ ok: true, user: student });
  });
});
