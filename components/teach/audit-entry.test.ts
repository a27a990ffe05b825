import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AuditEventView } from "@/lib/server/data/audit";
import { AuditEntry } from "./audit-entry";

// How one audit event reads on the class's audit log.

const base: AuditEventView = {
  id: "e1",
  action: "assignment.updated",
  actor: { id: "t1", name: "Irene Teacher", email: "irene@example.com" },
  subject: { type: "assignment", id: "a1", label: "Homework 1" },
  details: {},
  createdAt: new Date("2026-03-01T12:00:00Z"),
};
const render = (event: AuditEventView) => renderToStaticMarkup(createElement(AuditEntry, { event }));

describe("AuditEntry", () => {
  it("lists an edit's changed rules before → after, instants as <time> elements", () => {
    const html = render({
      ...base,
      details: {
        changes: [
          { field: "dueAt", before: "2026-03-10T22:00:00.000Z", after: "2026-03-17T22:00:00.000Z" },
          { field: "attemptsAllowed", before: 2, after: null },
          { field: "feedback", before: "immediately", after: "after_due" },
          { field: "notARule", before: 1, after: 2 },
        ],
      },
    });
    expect(html).toContain("Irene Teacher</span> changed the assignment");
    expect(html).toContain("“Homework 1”");
    expect(html).toMatch(/Due:<\/span> <time dateTime="2026-03-10T22:00:00.000Z">[^<]+<\/time> → <time dateTime="2026-03-17T22:00:00.000Z">/);
    expect(html).toContain("Attempts:</span> 2 → unlimited");
    expect(html).toContain("Feedback:</span> immediately → after the due date");
    expect(html).not.toContain("notARule");
  });

  it("says what went with a deleted assignment and whether joining came back on", () => {
    expect(render({ ...base, action: "assignment.deleted", details: { attempts: 3 } })).toContain("3 attempts deleted with it.");
    const code = render({ ...base, action: "join-code.regenerated", subject: { type: "class", id: "c1", label: "Civics" }, details: { wasOff: true } });
    expect(code).toContain("made a new join code");
    expect(code).toContain("Joining was off and is on again.");
    expect(code).not.toContain("Civics");
  });
});
