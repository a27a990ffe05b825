import { describe, expect, it } from "vitest";
import { emailSchema, signUpSchema } from "@/lib/schemas/user";

describe("email normalization", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Ann.Lee@Example.COM ")).toBe("ann.lee@example.com");
  });
  it("refuses what is not an email, with a clear message", () => {
    const result = emailSchema.safeParse("not-an-email");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.com.");
  });
});

describe("sign-up", () => {
  const valid = { name: "Ann", email: "ann@example.com", password: "0123456789", role: "student" };
  it("accepts a 10-character password and either role", () => {
    expect(signUpSchema.safeParse(valid).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, role: "instructor" }).success).toBe(true);
  });
  it("refuses a 9-character password with the rule in the message", () => {
    const result = signUpSchema.safeParse({ ...valid, password: "012345678" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Use at least 10 characters for your password."]);
  });
  it("refuses a role that is not offered", () => {
    const result = signUpSchema.safeParse({ ...valid, role: "admin" });
    expect(result.error?.issues[0]?.message).toBe("Choose Student or Instructor.");
  });
  it("refuses control characters in a name (PostgreSQL cannot store NUL)", () => {
    expect(signUpSchema.safeParse({ ...valid, name: "a\u0000b" }).error?.issues[0]?.message).toBe("Remove the control characters from your name.");
  });
  it("refuses an empty name", () => {
    expect(signUpSchema.safeParse({ ...valid, name: "   " }).error?.issues[0]?.message).toBe("Enter your name.");
  });
});

describe("names others will see", () => {
  const valid = { email: "ann@example.com", password: "0123456789", role: "student" };
  const message = (name: string) => signUpSchema.safeParse({ ...valid, name }).error?.issues.map((i) => i.message);
  it("refuses bidirectional overrides and isolates, which reorder the text that follows", () => {
    for (const name of ["Ann\u202Egnp.exe", "\u202DAnn", "Ann\u2067x\u2069", "Ann\u200F"]) {
      expect(message(name)).toEqual(["Remove the text-direction control characters (such as U+202E) from your name."]);
    }
  });
  it("refuses names of only invisible characters", () => {
    for (const name of ["\u200B\u200B", "\u200B \u2060", "\u3164", "\u200C\u200D"]) expect(message(name)).toEqual(["Enter a name with visible letters, not only invisible characters."]);
  });
  it("keeps names in any script, with a zero-width joiner inside", () => {
    for (const name of ["Zoë", "محمد", "שרה", "李雷", "क्\u200Dष"]) expect(signUpSchema.safeParse({ ...valid, name }).success, name).toBe(true);
  });
});
