import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { default_w } from "ts-fsrs";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { adoptBrowserTimeZone, applyParametersAction, cardAction, saveReviewSettingsAction } from "@/lib/server/actions/review";
import { approveWeights } from "@/lib/server/review/optimizer";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { initialFormState } from "@/lib/view/form-state";
import { signInAs } from "@/tests/auth-mock";
import { loadReviewQueue } from "./queue";
import { makeLearner } from "@/tests/support/review";

// The review screens' server actions as a signed-in learner: what is saved, what is refused.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) data.append(k, value);
  return data;
};
const valid = {
  desiredRetention: "0.85",
  newPerDay: "12",
  maxReviewsPerDay: "150",
  learningSteps: "1m 10m 1h",
  relearningSteps: "",
  timeZone: "America/Chicago",
  dayStartsAtHour: "5",
  quizCardsPerDay: "6",
  targetCardsPerDay: "7",
  leechThreshold: "10",
  leechAction: "suspend",
  learnAheadMinutes: "15",
  maximumInterval: "365",
  ignoreReviewsBefore: "2026-02-01",
  newReviewOrder: "before",
  reviewSortOrder: "retrievability",
  newCardOrder: "random",
  deck: "sections",
  sections: ["hsi", "ero"],
};

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

describe("saveReviewSettingsAction", () => {
  it("saves every setting and the deck; the fitted weights stay", async () => {
    const me = await makeLearner();
    signInAs(me);
    await db.reviewSettings.create({ data: { userId: me.id, weights: JSON.stringify([...default_w]) } });
    const state = await saveReviewSettingsAction(initialFormState, form(valid));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/Settings saved/) });
    const stored = await getReviewSettings(me.id);
    expect(stored.settings).toMatchObject({ desiredRetention: 0.85, newPerDay: 12, maxReviewsPerDay: 150, learningSteps: ["1m", "10m", "1h"], relearningSteps: [], timeZone: "America/Chicago", dayStartsAtHour: 5 });
    expect(stored.settings).toMatchObject({ quizCardsPerDay: 6, targetCardsPerDay: 7, leechThreshold: 10, leechAction: "suspend", learnAheadMinutes: 15, rescheduleOnChange: false });
    // The chosen day starts at 5 a.m. in Chicago (UTC-6 in February).
    expect(stored.settings).toMatchObject({ newReviewOrder: "before", reviewSortOrder: "retrievability", newCardOrder: "random" });
    expect(stored.settings).toMatchObject({ maximumInterval: 365, ignoreReviewsBefore: new Date("2026-02-01T11:00:00Z") });
    expect(stored.settings.weights).toHaveLength(21);
    expect(stored.deckSectionIds).toEqual(["hsi", "ero"]);
    await saveReviewSettingsAction(initialFormState, form({ ...valid, deck: "all" }));
    expect((await getReviewSettings(me.id)).deckSectionIds).toBeNull();
  });

  it("refuses bad fields with a message per field and saves nothing", async () => {
    const me = await makeLearner();
    signInAs(me);
    const state = await saveReviewSettingsAction(initialFormState, form({ ...valid, desiredRetention: "0.98", newPerDay: "-1", timeZone: "Nowhere/City", targetCardsPerDay: "1.5" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.errors).sort()).toEqual(["desiredRetention", "newPerDay", "targetCardsPerDay", "timeZone"]);
    expect(state.errors.targetCardsPerDay).toEqual(["Study-target cards per day must be a whole number from 0 to 9999."]);
    expect(state.values?.desiredRetention).toBe("0.98");
    expect(await db.reviewSettings.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuses a deck section that does not exist", async () => {
    const me = await makeLearner();
    signInAs(me);
    const state = await saveReviewSettingsAction(initialFormState, form({ ...valid, sections: ["hsi", "no-such-section"] }));
    expect(state.errors.sections).toBeDefined();
    expect(await db.reviewSettings.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("adoptBrowserTimeZone", () => {
  it("records the browser's zone on a first visit, never over a saved choice, never an invalid zone", async () => {
    const me = await makeLearner();
    signInAs(me);
    expect(await adoptBrowserTimeZone("Not/AZone")).toEqual({ adopted: false });
    expect(await adoptBrowserTimeZone("Asia/Tokyo")).toEqual({ adopted: true });
    expect(await adoptBrowserTimeZone("Europe/Paris")).toEqual({ adopted: false });
    expect((await getReviewSettings(me.id)).settings.timeZone).toBe("Asia/Tokyo");
  });
});

describe("cardAction", () => {
  it("suspends and unsuspends the learner's own card, and only theirs", async () => {
    const me = await makeLearner();
    const [item] = (await loadReviewQueue(me.id, new Date(), { limit: 1 }))!.items;
    signInAs(await makeLearner("other"));
    expect(await cardAction("suspend", { cardId: item!.cardId })).toEqual({ ok: false, message: "No such card." });
    signInAs(me);
    expect(await cardAction("suspend", { cardId: item!.cardId, expectedVersion: item!.version })).toMatchObject({ ok: true });
    expect((await db.card.findUniqueOrThrow({ where: { id: item!.cardId } })).suspended).toBe(true);
    // The version the learner saw is gone now: a second tab's action is refused.
    expect(await cardAction("unsuspend", { cardId: item!.cardId, expectedVersion: item!.version })).toMatchObject({ ok: false, message: expect.stringMatching(/another tab/) });
    expect(await cardAction("unsuspend", { cardId: item!.cardId })).toMatchObject({ ok: true });
    expect(await cardAction("delete" as never, { cardId: item!.cardId })).toMatchObject({ ok: false });
    expect(await cardAction("bury", { cardId: 42 })).toMatchObject({ ok: false });
    // PostgreSQL cannot take NUL even in a query: refused as input, not a database error.
    expect(await cardAction("suspend", { cardId: "\u0000" })).toEqual({ ok: false, message: "That card action was not understood." });
  });
});

describe("applyParametersAction", () => {
  it("applies valid FSRS parameters, refuses others, and resets to the defaults", async () => {
    const me = await makeLearner();
    signInAs(me);
    const previous = { outcome: null, applied: null, message: "" };
    const refused = await applyParametersAction(previous, form({ weights: JSON.stringify([1, 2, 3]) }));
    expect(refused.applied).toBeNull();
    expect(await db.reviewSettings.count({ where: { userId: me.id } })).toBe(0);
    const weights = [0.3, 1.2, 2.4, 8, 6.4, 0.8, 3, 0.001, 1.9, 0.17, 0.8, 1.5, 0.06, 0.26, 1.6, 0.6, 1.9, 0.54, 0.09, 0.07, 0.15];
    // Valid weights alone are not enough: only a fit the server saw win may be applied.
    const unapproved = await applyParametersAction(previous, form({ weights: JSON.stringify(weights) }));
    expect(unapproved.applied).toBeNull();
    expect(unapproved.message).toMatch(/Only parameters from a recent run that beat/);
    const other = await makeLearner();
    const forged = [approveWeights(other.id, weights, new Date()), approveWeights(me.id, weights.map((w) => w * 1.01), new Date()), approveWeights(me.id, weights, new Date(Date.now() - 2 * 3_600_000)), "1.abc"];
    for (const approval of forged) expect((await applyParametersAction(previous, form({ weights: JSON.stringify(weights), approval }))).applied).toBeNull();
    expect(await db.reviewSettings.count({ where: { userId: me.id } })).toBe(0);
    expect((await applyParametersAction(previous, form({ weights: JSON.stringify(weights), approval: approveWeights(me.id, weights, new Date()) }))).applied).toBe("fitted");
    expect((await getReviewSettings(me.id)).settings.weights).toEqual(weights);
    expect((await applyParametersAction(previous, form({ reset: "defaults" }))).applied).toBe("defaults");
    expect((await getReviewSettings(me.id)).settings.weights).toBeUndefined();
  });
});

describe("getReviewSettings", () => {
  it("falls back to the default for a damaged stored field instead of failing", async () => {
    const me = await makeLearner();
    await db.reviewSettings.create({ data: { userId: me.id, newPerDay: 7, learningSteps: "not json", deckSectionIds: "[\"hsi\"]" } });
    const stored = await getReviewSettings(me.id);
    expect(stored.settings.newPerDay).toBe(7);
    expect(stored.settings.learningSteps).toEqual(["1m", "10m"]);
    expect(stored.deckSectionIds).toEqual(["hsi"]);
  });
});
