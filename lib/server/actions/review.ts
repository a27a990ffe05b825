"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { WEEKDAYS } from "@/lib/domain/review/workload";
import { parseSettingsForm } from "@/lib/domain/review/settings-form";
import { cardActionSchema, forgetCardSchema, setDueDateSchema, timeZoneSchema, weightsSchema } from "@/lib/schemas/review";
import { argsAction, statefulFormAction, withState, type Parsed } from "@/lib/server/action";
import { listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { readJson } from "@/lib/server/data/json-column";
import { adoptTimeZone, getReviewSettings, saveReviewSettings } from "@/lib/server/data/review-settings";
import { echoValues } from "@/lib/server/form-state";
import { buryCard, forgetCard, setCardDueDate, suspendCard, unsuspendCard } from "@/lib/server/review/card-actions";
import { applyParameters, isApproved, optimizeParameters, type OptimizeOutcome } from "@/lib/server/review/optimizer";
import { planReschedule } from "@/lib/server/review/reschedule";

// Server actions of the review screens: settings, card actions (suspend, bury, unsuspend, forget,
// set due date), the browser's time zone on first visit, and the optimizer.

const rescheduledNote = (count: number) => (count > 0 ? ` ${count} review card${count === 1 ? " was" : "s were"} rescheduled.` : "");

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

const SETTINGS_FIELDS = [
  "desiredRetention",
  "newPerDay",
  "maxReviewsPerDay",
  "learningSteps",
  "relearningSteps",
  "timeZone",
  "dayStartsAtHour",
  "quizCardsPerDay",
  "targetCardsPerDay",
  "leechThreshold",
  "leechAction",
  "learnAheadMinutes",
  "maximumInterval",
  "ignoreReviewsBefore",
  "newReviewOrder",
  "reviewSortOrder",
  "newCardOrder",
  "deck",
] as const;

// The settings form, read and checked by the domain's own form reader.
function settingsForm(formData: FormData): Parsed<Extract<ReturnType<typeof parseSettingsForm>, { ok: true }>> {
  const parsed = parseSettingsForm({
    ...(Object.fromEntries(SETTINGS_FIELDS.map((name) => [name, text(formData, name)])) as Record<(typeof SETTINGS_FIELDS)[number], string>),
    rescheduleOnChange: formData.get("rescheduleOnChange") === "on",
    loadBalancing: formData.get("loadBalancing") === "on",
    easyDays: WEEKDAYS.map((_, day) => text(formData, `easyDay${day}`)),
    sections: formData.getAll("sections").filter((s): s is string => typeof s === "string"),
  });
  return parsed.ok ? { ok: true, data: parsed } : { ok: false, errors: parsed.errors };
}

// Saves the review settings form; a changed desired retention applies from the next review on.
export const saveReviewSettingsAction = statefulFormAction({
  who: "signed-in",
  parse: settingsForm,
  sample: (rows) => ({
    desiredRetention: "0.9",
    newPerDay: "20",
    maxReviewsPerDay: "200",
    learningSteps: "1m 10m",
    relearningSteps: "10m",
    timeZone: "Europe/Berlin",
    dayStartsAtHour: "4",
    quizCardsPerDay: "",
    targetCardsPerDay: "20",
    leechThreshold: "8",
    leechAction: "tag",
    learnAheadMinutes: "20",
    maximumInterval: "36500",
    ignoreReviewsBefore: "",
    newReviewOrder: "mixed",
    reviewSortOrder: "due",
    newCardOrder: "article",
    rescheduleOnChange: "on",
    loadBalancing: "on",
    easyDay0: "0",
    easyDay6: "0.5",
    deck: "sections",
    sections: [rows.sectionId],
  }),
  invalid: "Your settings were not saved: please correct the fields marked below.",
  handle: async ({ user, input: parsed, formData }) => {
    const values = echoValues(formData);
    if (parsed.deckSectionIds) {
      const known = new Set((await listSectionsWithFlashcardCounts()).filter((s) => s.flashcards > 0).map((s) => s.id));
      if (parsed.deckSectionIds.some((id) => !known.has(id))) {
        return { ok: false, message: "Your settings were not saved.", errors: { sections: ["One of the chosen sections has no flashcards or no longer exists."] }, values };
      }
    }
    // A new desired retention reschedules the review cards when the learner keeps that option on (Anki's rule).
    const { settings: before } = await getReviewSettings(user.id);
    const next = { ...parsed.settings, weights: before.weights };
    const now = new Date();
    const rescheduled = next.rescheduleOnChange && next.desiredRetention !== before.desiredRetention ? await planReschedule(user.id, next, now) : [];
    const moved = await saveReviewSettings(user.id, parsed.settings, parsed.deckSectionIds, rescheduled, now);
    revalidatePath("/review");
    revalidatePath("/progress");
    return { ok: true, message: `Settings saved. They apply from your next review.${rescheduledNote(moved)}`, errors: {}, values };
  },
});

// Records the browser's time zone for a learner who has not saved settings yet (first visit).
export const adoptBrowserTimeZone = argsAction({
  who: "signed-in",
  args: z.tuple([timeZoneSchema]),
  sample: () => ["Europe/Berlin"],
  invalid: () => ({ adopted: false }),
  handle: async ({ user, input: [timeZone] }) => ({ adopted: await adoptTimeZone(user.id, timeZone) }),
});

export type CardActionResult = { ok: boolean; message: string };
const cardActionMessages = {
  suspend: "Card suspended. You can unsuspend it in Settings.",
  bury: "Card buried until tomorrow.",
  unsuspend: "Card unsuspended: it is back in your reviews.",
  forget: "Card forgotten: it starts over as a new card.",
  "set-due": "Due date set.",
} as const;

const NOT_UNDERSTOOD = "That card action was not understood.";
const cardActionArgs = z.union([
  z.tuple([z.enum(["suspend", "bury", "unsuspend"]), cardActionSchema]),
  z.tuple([z.literal("forget"), forgetCardSchema]),
  z.tuple([z.literal("set-due"), setDueDateSchema]),
]);

// Suspends, buries, unsuspends, forgets or sets the due date of one of the learner's cards at the
// version they saw ("forget" takes resetCounts, "set-due" takes days).
export const cardAction = argsAction({
  who: "signed-in",
  ids: { "1.cardId": "cards" },
  args: cardActionArgs,
  sample: (rows) => ["suspend", { cardId: rows.cardId, expectedVersion: 0 }],
  invalid: ([kind]): CardActionResult => ({ ok: false, message: kind === "set-due" ? "Enter the due date as a whole number of days from today (0 for today)." : NOT_UNDERSTOOD }),
  handle: async ({ user, input }): Promise<CardActionResult> => {
    const now = new Date();
    const outcome =
      input[0] === "forget"
        ? await forgetCard(user.id, input[1], now)
        : input[0] === "set-due"
          ? await setCardDueDate(user.id, input[1], now)
          : await { suspend: suspendCard, bury: buryCard, unsuspend: unsuspendCard }[input[0]](user.id, input[1], now);
    if (outcome === "not-found") return { ok: false, message: "No such card." };
    if (outcome === "stale") return { ok: false, message: "This card changed in another tab; it has been reloaded." };
    revalidatePath("/settings");
    return { ok: true, message: cardActionMessages[input[0]] };
  },
});

export type OptimizeState = { outcome: OptimizeOutcome | null; applied: "fitted" | "defaults" | null; message: string };

// Runs the optimizer on the learner's history; nothing is saved until they apply the result.
export const optimizeAction = argsAction({
  who: "signed-in",
  sample: () => [],
  handle: async ({ user }): Promise<OptimizeState> => ({ outcome: await optimizeParameters(user.id), applied: null, message: "" }),
});

// Going back to the defaults ("reset"), or parameters the learner confirmed ("weights": a JSON
// array, with the server's signed approval of the run that fitted them).
function parametersForm(formData: FormData): Parsed<{ reset: true } | { reset: false; weights: number[]; approval: string }> {
  if (formData.get("reset") === "defaults") return { ok: true, data: { reset: true } };
  const weights = readJson(weightsSchema, text(formData, "weights"));
  return weights ? { ok: true, data: { reset: false, weights, approval: text(formData, "approval") } } : { ok: false, errors: { weights: ["Not FSRS parameters."] } };
}

// Applies parameters the learner confirmed, or the defaults.
export const applyParametersAction = withState<OptimizeState>()({
  who: "signed-in",
  parse: parametersForm,
  sample: () => ({ reset: "defaults" }),
  invalid: (_errors, _formData, previous) => ({ ...previous, message: "Those parameters are not valid FSRS parameters; nothing was changed." }),
  handle: async ({ user, input, previous }) => {
    if (input.reset) {
      const moved = await applyParameters(user.id, null, new Date());
      revalidatePath("/settings");
      return { outcome: null, applied: "defaults", message: `Back to the FSRS default parameters.${rescheduledNote(moved)}` };
    }
    if (!isApproved(user.id, input.weights, input.approval, new Date())) {
      return { ...previous, message: "Only parameters from a recent run that beat your current ones on your latest reviews can be applied. Run the optimizer again; nothing was changed." };
    }
    const moved = await applyParameters(user.id, input.weights, new Date());
    revalidatePath("/settings");
    return { outcome: null, applied: "fitted", message: `Your own parameters are applied: they schedule your reviews from now on.${rescheduledNote(moved)}` };
  },
});
