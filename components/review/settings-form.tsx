"use client";

import { useActionState, useState } from "react";
import type { ReviewSettings } from "@/lib/schemas/review";
import { saveReviewSettingsAction } from "@/lib/server/actions/review";
import { useBrowserZone } from "@/lib/view/browser-zone";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { WorkloadFields } from "./workload-fields";

// The learner's settings as the form shows them: the day to ignore reviews before as "YYYY-MM-DD" or
// "" (none), and the deck's sections (null: every section). The FSRS parameters have their own panel.
export type SettingsInitial = Omit<ReviewSettings, "weights" | "ignoreReviewsBefore" | "easyDays"> & { ignoreReviewsBefore: string; easyDays: number[]; deckSectionIds: string[] | null };
export type DeckSection = { id: string; title: string; level: number; flashcards: number };

const selectClass = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
const errorText = (errors: string[] | undefined, id: string) =>
  errors?.length ? (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  ) : null;

// The review settings form: deck, desired retention, daily limits, steps, time zone, day start.
// Until the learner has saved settings, the time zone shown is the browser's (the server cannot know it).
export function ReviewSettingsForm({ initial, sections, timeZones, zoneChosen }: { initial: SettingsInitial; sections: DeckSection[]; timeZones: string[]; zoneChosen: boolean }) {
  const [state, action, pending] = useActionState(saveReviewSettingsAction, initialFormState);
  const detectedZone = useBrowserZone(null);
  // Controlled, so the values stay as typed whatever the result (React resets uncontrolled forms).
  const [values, setValues] = useState({
    desiredRetention: initial.desiredRetention.toFixed(2),
    newPerDay: String(initial.newPerDay),
    maxReviewsPerDay: String(initial.maxReviewsPerDay),
    learningSteps: initial.learningSteps.join(" "),
    relearningSteps: initial.relearningSteps.join(" "),
    // null: not chosen yet, so the browser's zone is shown.
    timeZone: zoneChosen ? initial.timeZone : null,
    dayStartsAtHour: String(initial.dayStartsAtHour),
    quizCardsPerDay: initial.quizCardsPerDay === null ? "" : String(initial.quizCardsPerDay),
    targetCardsPerDay: String(initial.targetCardsPerDay),
    leechThreshold: String(initial.leechThreshold),
    leechAction: initial.leechAction as string,
    learnAheadMinutes: String(initial.learnAheadMinutes),
    maximumInterval: String(initial.maximumInterval),
    ignoreReviewsBefore: initial.ignoreReviewsBefore,
    newReviewOrder: initial.newReviewOrder as string,
    reviewSortOrder: initial.reviewSortOrder as string,
    newCardOrder: initial.newCardOrder as string,
  });
  const [reschedule, setReschedule] = useState(initial.rescheduleOnChange);
  const [deck, setDeck] = useState(initial.deckSectionIds ? "sections" : "all");
  const [chosen, setChosen] = useState<string[]>(initial.deckSectionIds ?? []);
  const shownZone = values.timeZone ?? (detectedZone && timeZones.includes(detectedZone) ? detectedZone : initial.timeZone);
  const bind = (name: keyof typeof values) => ({
    name,
    value: name === "timeZone" ? shownZone : (values[name] ?? ""),
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const field = (name: keyof typeof values) => ({ ...bind(name), errors: state.errors[name] });
  // A whole-number field from `min` to `max` (a daily limit, a number of minutes or days).
  const wholeNumber = (name: keyof typeof values, min: number, max: number) => ({ type: "number", min: String(min), max: String(max), inputMode: "numeric" as const, ...field(name) });
  const toggle = (id: string, on: boolean) => {
    setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
    if (on) setDeck("sections");
  };

  return (
    <form action={action} className="flex max-w-2xl flex-col gap-5" noValidate>
      <fieldset className="flex flex-col gap-2" aria-describedby={state.errors.sections ? "sections-error" : undefined}>
        <legend className="font-medium">Sections to learn</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">New cards come from these sections, in article order. Cards you have started keep coming back for review.</p>
        <label className="flex items-center gap-2">
          <input type="radio" name="deck" value="all" checked={deck === "all"} onChange={() => setDeck("all")} className="size-4" />
          The whole article
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="deck" value="sections" checked={deck === "sections"} onChange={() => setDeck("sections")} className="size-4" />
          Only the sections ticked below
        </label>
        <ul className="ml-6 grid max-h-72 gap-1 overflow-y-auto rounded-lg border border-slate-200 p-2 dark:border-slate-700">
          {sections.map((s) => (
            <li key={s.id} style={{ paddingLeft: `${(s.level - 1) * 1.25}rem` }}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="sections" value={s.id} checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} className="size-4" />
                {s.title} <span className="text-sm text-slate-600 dark:text-slate-400">({s.flashcards} cards)</span>
              </label>
            </li>
          ))}
        </ul>
        {errorText(state.errors.sections, "sections-error")}
      </fieldset>

      <Field label="Desired retention (0.70 to 0.97)" type="number" step="0.01" min="0.70" max="0.97" inputMode="decimal" hint="The share of cards you aim to still remember when they come due. Higher means more reviews." {...field("desiredRetention")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="New cards per day" {...wholeNumber("newPerDay", 0, 9999)} />
        <Field label="Maximum reviews per day" {...wholeNumber("maxReviewsPerDay", 0, 9999)} />
        <Field label="Learning steps" hint='Waits before a new card graduates, e.g. "1m 10m".' autoComplete="off" {...field("learningSteps")} />
        <Field label="Relearning steps" hint='Waits after you forget a card, e.g. "10m"; empty for none.' autoComplete="off" {...field("relearningSteps")} />
        <Field label="Cards for quiz mistakes per day" hint="A wrong quiz answer brings the flashcards that teach it, up to this many a day; empty: as many as new cards per day." {...wholeNumber("quizCardsPerDay", 0, 9999)} />
        <Field label="Study-target cards per day" hint="Cards of a study target you have not seen yet are paced in to meet its date, beyond new cards per day, up to this many a day; 0: none." {...wholeNumber("targetCardsPerDay", 0, 9999)} />
        <Field label="Learn-ahead limit (minutes)" hint="When nothing else is due, learning cards due this soon are shown now (Anki: 20)." {...wholeNumber("learnAheadMinutes", 0, 1440)} />
        <Field label="Maximum interval (days)" hint="No review is scheduled further away than this (Anki: 36500)." {...wholeNumber("maximumInterval", 1, 36500)} />
        <Field label="Optimizer: ignore cards reviewed before" type="date" hint="Cards with a review before this day are left out when fitting your parameters; empty: use them all." {...field("ignoreReviewsBefore")} />
        <Field label="Leech threshold (lapses)" hint="A card forgotten this many times becomes a leech, and again every half as many after (Anki: 8)." {...wholeNumber("leechThreshold", 1, 99)} />
        <SelectField label="New cards and reviews" hint="Where new cards go in a session (Anki's new/review order)." {...field("newReviewOrder")}>
          <option value="mixed">Mixed with reviews</option>
          <option value="after">After reviews</option>
          <option value="before">Before reviews</option>
        </SelectField>
        <SelectField label="Review order" hint="When the review limit cuts a backlog, the cards you are most likely to have forgotten are kept." {...field("reviewSortOrder")}>
          <option value="due">Due date</option>
          <option value="retrievability">Retrievability, lowest first</option>
        </SelectField>
        <SelectField label="New card order" hint="Today's new cards in article order, or shuffled (the same order all day)." {...field("newCardOrder")}>
          <option value="article">Article order</option>
          <option value="random">Random</option>
        </SelectField>
        <div className="flex flex-col gap-1">
          <label htmlFor="leechAction" className="font-medium">
            Leech action
          </label>
          <select id="leechAction" className={selectClass} aria-describedby={state.errors.leechAction ? "leechAction-error" : undefined} {...bind("leechAction")}>
            <option value="tag">Tag only</option>
            <option value="suspend">Tag and suspend</option>
          </select>
          {errorText(state.errors.leechAction, "leechAction-error")}
        </div>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="rescheduleOnChange" checked={reschedule} onChange={(e) => setReschedule(e.target.checked)} className="size-4" />
        Reschedule cards on change (new parameters or desired retention recompute every card&apos;s due date)
      </label>
      <WorkloadFields loadBalancing={initial.loadBalancing} easyDays={initial.easyDays} errors={state.errors.easyDays} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="timeZone" className="font-medium">
            Time zone
          </label>
          <select id="timeZone" className={selectClass} aria-describedby={state.errors.timeZone ? "timeZone-error" : undefined} {...bind("timeZone")}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          {errorText(state.errors.timeZone, "timeZone-error")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="dayStartsAtHour" className="font-medium">
            A new study day starts at
          </label>
          <select id="dayStartsAtHour" className={selectClass} aria-describedby={state.errors.dayStartsAtHour ? "dayStartsAtHour-error" : undefined} {...bind("dayStartsAtHour")}>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
          {errorText(state.errors.dayStartsAtHour, "dayStartsAtHour-error")}
        </div>
      </div>
      <p role="status" aria-live="polite" className={state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}>
        {state.message}
      </p>
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
