"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { WEEKDAYS } from "@/lib/domain/review/workload";
import { parseSettingsForm } from "@/lib/domain/review/settings-form";
import { cardActionSchema, forgetCardSchema, setDueDateSchema, timeZoneSchema, weightsSchema } from "@/lib/schemas/review";
import { requireUser } from "@/lib/server/auth";
import { listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { adoptTimeZone, getReviewSettings, saveReviewSettings } from "@/lib/server/data/review-settings";
import { echoValues, type FormState } from "@/lib/server/form-state";
import { buryCard, forgetCard, setCardDueDate, suspendCard, unsuspendCard } from "@/lib/server/review/card-actions";
import { applyParameters, isApproved, optimizeParameters, type OptimizeOutcome } from "@/lib/server/review/optimizer";
import { planReschedule } from "@/lib/server/review/reschedule";
import { requireFormData } from "@/lib/server/form-data";

// Server actions of the review screens: settings, card actions (suspend, bury, unsuspend, forget,
// set due date), the browser's time zone on first visit, and the optimizer.

const rescheduledNote = (count: number) => (count > 0 ? ` ${count} review card${count === 1 ? " was" : "s were"} rescheduled.` : "");

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// Saves the review settings form; a changed desired retention applies from the next review on.
export async function saveReviewSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const values = echoValues(formData);
  const parsed = parseSettingsForm({
    desiredRetention: text(formData, "desiredRetention"),
    newPerDay: text(formData, "newPerDay"),
    maxReviewsPerDay: text(formData, "maxReviewsPerDay"),
    learningSteps: text(formData, "learningSteps"),
    relearningSteps: text(formData, "relearningSteps"),
    timeZone: text(formData, "timeZone"),
    dayStartsAtHour: text(formData, "dayStartsAtHour"),
    quizCardsPerDay: text(formData, "quizCardsPerDay"),
    targetCardsPerDay: text(formData, "targetCardsPerDay"),
    leechThreshold: text(formData, "leechThreshold"),
    leechAction: text(formData, "leechAction"),
    learnAheadMinutes: text(formData, "learnAheadMinutes"),
    maximumInterval: text(formData, "maximumInterval"),
    ignoreReviewsBefore: text(formData, "ignoreReviewsBefore"),
    newReviewOrder: text(formData, "newReviewOrder"),
    reviewSortOrder: text(formData, "reviewSortOrder"),
    newCardOrder: text(formData, "newCardOrder"),
    rescheduleOnChange: formData.get("rescheduleOnChange") === "on",
    loadBalancing: formData.get("loadBalancing") === "on",
    easyDays: WEEKDAYS.map((_, day) => text(formData, `easyDay${day}`)),
    deck: text(formData, "deck"),
    sections: formData.getAll("sections").filter((s): s is string => typeof s === "string"),
  });
  if (!parsed.ok) return { ok: false, message: "Your settings were not saved: please correct the fields marked below.", errors: parsed.errors, values };
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
}

// Records the browser's time zone for a learner who has not saved settings yet (first visit).
export async function adoptBrowserTimeZone(timeZone: string): Promise<{ adopted: boolean }> {
  const user = await requireUser();
  const parsed = timeZoneSchema.safeParse(timeZone);
  if (!parsed.success) return { adopted: false };
  return { adopted: await adoptTimeZone(user.id, parsed.data) };
}

export type CardActionResult = { ok: boolean; message: string };
const cardActionMessages = {
  suspend: "Card suspended. You can unsuspend it in Settings.",
  bury: "Card buried until tomorrow.",
  unsuspend: "Card unsuspended: it is back in your reviews.",
  forget: "Card forgotten: it starts over as a new card.",
  "set-due": "Due date set.",
} as const;
const CARD_ACTIONS = ["suspend", "bury", "unsuspend", "forget", "set-due"] as const;

// Suspends, buries, unsuspends, forgets or sets the due date of one of the learner's cards at the
// version they saw ("forget" takes resetCounts, "set-due" takes days).
export async function cardAction(kind: (typeof CARD_ACTIONS)[number], input: unknown): Promise<CardActionResult> {
  const user = await requireUser();
  const action = z.enum(CARD_ACTIONS).safeParse(kind);
  if (!action.success) return { ok: false, message: "That card action was not understood." };
  const now = new Date();
  let outcome;
  if (action.data === "forget") {
    const parsed = forgetCardSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "That card action was not understood." };
    outcome = await forgetCard(user.id, parsed.data, now);
  } else if (action.data === "set-due") {
    const parsed = setDueDateSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Enter the due date as a whole number of days from today (0 for today)." };
    outcome = await setCardDueDate(user.id, parsed.data, now);
  } else {
    const parsed = cardActionSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "That card action was not understood." };
    const run = { suspend: suspendCard, bury: buryCard, unsuspend: unsuspendCard }[action.data];
    outcome = await run(user.id, parsed.data, now);
  }
  if (outcome === "not-found") return { ok: false, message: "No such card." };
  if (outcome === "stale") return { ok: false, message: "This card changed in another tab; it has been reloaded." };
  revalidatePath("/settings");
  return { ok: true, message: cardActionMessages[action.data] };
}

export type OptimizeState = { outcome: OptimizeOutcome | null; applied: "fitted" | "defaults" | null; message: string };

// Runs the optimizer on the learner's history; nothing is saved until they apply the result.
export async function optimizeAction(): Promise<OptimizeState> {
  const user = await requireUser();
  return { outcome: await optimizeParameters(user.id), applied: null, message: "" };
}

// Applies parameters the learner confirmed ("weights": JSON array), or the defaults ("reset").
export async function applyParametersAction(previous: OptimizeState, formData: FormData): Promise<OptimizeState> {
  const user = await requireUser();
  requireFormData(formData);
  if (formData.get("reset") === "defaults") {
    const moved = await applyParameters(user.id, null, new Date());
    revalidatePath("/settings");
    return { outcome: null, applied: "defaults", message: `Back to the FSRS default parameters.${rescheduledNote(moved)}` };
  }
  let weights: unknown;
  try {
    weights = JSON.parse(text(formData, "weights"));
  } catch {
    weights = null;
  }
  const parsed = weightsSchema.safeParse(weights);
  if (!parsed.success) return { ...previous, message: "Those parameters are not valid FSRS parameters; nothing was changed." };
  if (!isApproved(user.id, parsed.data, text(formData, "approval"), new Date())) {
    return { ...previous, message: "Only parameters from a recent run that beat your current ones on your latest reviews can be applied. Run the optimizer again; nothing was changed." };
  }
  const moved = await applyParameters(user.id, parsed.data, new Date());
  revalidatePath("/settings");
  return { outcome: null, applied: "fitted", message: `Your own parameters are applied: they schedule your reviews from now on.${rescheduledNote(moved)}` };
}
