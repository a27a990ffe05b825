import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/domain/redirects";

// The return address after sign-in is attacker-controlled (it arrives in a link). Each of these is a
// known way to make "a path" leave the site once a browser reads it.
const bypasses = [
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example/phish",
  "/\n/evil.example/phish",
  "/\r/evil.example",
  "/%09/evil.example/phish",
  "/%0A/evil.example/phish",
  "/%0d/evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5Cevil.example",
  "/%5C/evil.example",
  "%2F%2Fevil.example",
  "/%252F/evil.example",
  "/%25%30%39/evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "/javascript:alert(1)".slice(1),
  "data:text/html,<script>alert(1)</script>",
  "/ /evil.example",
  "/\u0000/evil.example",
  "/\u3000/evil.example",
  "/%E3%80%80/evil.example",
  "/\u2028/evil.example",
  "http://localhost@evil.example",
  "",
  "dashboard",
];

describe("return address after sign-in", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeCallbackUrl("/progress?from=x")).toBe("/progress?from=x");
    expect(safeCallbackUrl("/quiz/new#top")).toBe("/quiz/new#top");
    expect(safeCallbackUrl("/sections/a%20b")).toBe("/sections/a%20b");
  });

  it.each(bypasses)("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/dashboard");
  });

  it("refuses the auth pages and the API, and anything not a string", () => {
    expect(safeCallbackUrl("/sign-in")).toBe("/dashboard");
    expect(safeCallbackUrl("/%73ign-in")).toBe("/dashboard");
    expect(safeCallbackUrl("/api/v1/classes")).toBe("/dashboard");
    expect(safeCallbackUrl(undefined)).toBe("/dashboard");
    expect(safeCallbackUrl(["/progress"])).toBe("/dashboard");
  });

  it("accepts an absolute URL on this site's own origin as its path, and nothing else", () => {
    expect(safeCallbackUrl("http://localhost:3000/progress?x=1", "/dashboard", "http://localhost:3000")).toBe("/progress?x=1");
    expect(safeCallbackUrl("http://localhost:3001/progress", "/dashboard", "http://localhost:3000")).toBe("/dashboard");
    expect(safeCallbackUrl("http://localhost:3000/progress")).toBe("/dashboard");
  });
});
