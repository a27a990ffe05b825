import { describe, expect, it } from "vitest";
import { paceUnseenCards, targetCardsDueToday } from "@/lib/domain/review/target-pacing";

describe("paceUnseenCards", () => {
  it("spreads unseen cards evenly over the days left (rounded up)", () => {
    expect(paceUnseenCards({ unseen: 150, daysUntil: 14, cap: 20 })).toEqual({ status: "on-track", perDay: 11, message: null });
    expect(paceUnseenCards({ unseen: 30, daysUntil: 10, cap: 3 })).toEqual({ status: "on-track", perDay: 3, message: null });
  });
  it("says plainly what would meet a target the cap cannot", () => {
    const pacing = paceUnseenCards({ unseen: 120, daysUntil: 10, cap: 5 });
    expect(pacing.status).toBe("unreachable");
    expect(pacing.perDay).toBe(12);
    expect(pacing.message).toBe("Add 12 new cards a day to meet this target: your cap is 5 a day, and 120 new cards are left for 10 days.");
  });
  it("is unreachable on the date itself with cards left, and over once passed or done", () => {
    expect(paceUnseenCards({ unseen: 3, daysUntil: 0, cap: 50 })).toMatchObject({ status: "unreachable", message: expect.stringContaining("Move the date") });
    expect(paceUnseenCards({ unseen: 3, daysUntil: -1, cap: 50 }).status).toBe("passed");
    expect(paceUnseenCards({ unseen: 0, daysUntil: 5, cap: 50 }).status).toBe("done");
  });
  it("introduces every card by the eve when the pace is kept", () => {
    // Property: taking today's share each day (recomputed from what is left) leaves none on the date.
    for (const [unseen, days] of [[150, 14], [150, 30], [7, 3], [1, 9], [100, 1]] as const) {
      let left: number = unseen;
      for (let d = days; d > 0; d--) {
        const pacing = paceUnseenCards({ unseen: left, daysUntil: d, cap: 1000 });
        left -= targetCardsDueToday(pacing, 1000, 0);
      }
      expect(left).toBe(0);
    }
  });
});

describe("targetCardsDueToday", () => {
  it("subtracts the cards already introduced today and never exceeds the cap", () => {
    const pacing = paceUnseenCards({ unseen: 120, daysUntil: 10, cap: 5 });
    expect(targetCardsDueToday(pacing, 5, 0)).toBe(5);
    expect(targetCardsDueToday(pacing, 5, 4)).toBe(1);
    expect(targetCardsDueToday(pacing, 5, 9)).toBe(0);
    expect(targetCardsDueToday(paceUnseenCards({ unseen: 0, daysUntil: 3, cap: 5 }), 5, 0)).toBe(0);
  });
});
