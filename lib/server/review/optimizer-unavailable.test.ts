import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { optimizeParameters, optimizerAvailability } from "./optimizer";
import { makeLearner } from "@/tests/support/review";

// On a platform without the native module the optimizer says so instead of failing.
vi.mock("@/lib/server/review/fsrs-binding", () => ({
  loadFsrsBinding: () => ({ available: false, reason: "Cannot find module '@open-spaced-repetition/binding-linux-x64-gnu'" }),
}));

describe("optimizer without its native module", () => {
  it("reports itself unavailable with the reason, and changes nothing", async () => {
    expect(optimizerAvailability()).toEqual({ available: false, reason: expect.stringContaining("Cannot find module") });
    const me = await makeLearner();
    const outcome = await optimizeParameters(me.id);
    expect(outcome).toEqual({ status: "unavailable", message: expect.stringMatching(/not available on this server/) });
    expect(await db.reviewSettings.count({ where: { userId: me.id } })).toBe(0);
  });
});
