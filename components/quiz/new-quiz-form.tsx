"use client";

import { useActionState, useState } from "react";
import type { QuestionType } from "@/lib/schemas/content";
import { startQuiz } from "@/lib/server/actions/quiz";
import { initialFormState } from "@/lib/view/form-state";
import { questionTypeLabels } from "@/lib/view/question-types";
import { Button } from "@/components/ui/button";
import { PendingButton } from "@/components/ui/pending-button";
import { NumberField } from "@/components/ui/field";

// The start-a-quiz form: sections, number of questions, question types, mode and (exams) a time
// limit. Controlled, so choices survive a refused submission.

export type SectionChoice = { id: string; title: string; level: number; questionCount: number };

const errorText = "text-sm text-red-700 dark:text-red-400";

// Renders the form; `preselected` comes from ?sections=a,b.
export function NewQuizForm({ sections, preselected, requestKey }: { sections: SectionChoice[]; preselected: string[]; requestKey: string }) {
  const [state, action, pending] = useActionState(startQuiz, initialFormState);
  const [chosen, setChosen] = useState<string[]>(preselected);
  const [types, setTypes] = useState<QuestionType[]>(Object.keys(questionTypeLabels) as QuestionType[]);
  const [mode, setMode] = useState<"practice" | "exam">("practice");
  const [count, setCount] = useState("10");
  const [limit, setLimit] = useState("");
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const errors = state.errors;
  const described = (field: string) => (errors[field]?.length ? `${field}-error` : undefined);

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="requestKey" value={requestKey} />
      <fieldset className="flex flex-col gap-2" aria-describedby={["sections-hint", described("sectionIds")].filter(Boolean).join(" ")}>
        <legend className="text-lg font-semibold">Sections</legend>
        <p id="sections-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Leave every box unticked to be quizzed on the whole article.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => setChosen([])}>
            Clear choices
          </Button>
        </div>
        <ul className="grid gap-1 sm:grid-cols-2">
          {sections.map((s) => (
            <li key={s.id} className={s.level === 2 ? "sm:pl-4" : ""}>
              <label className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                <input type="checkbox" name="sections" value={s.id} className="size-5" checked={chosen.includes(s.id)} onChange={() => setChosen(toggle(chosen, s.id))} disabled={s.questionCount === 0} />
                <span>
                  {s.title} <span className="text-sm text-slate-600 dark:text-slate-400">({s.questionCount} questions)</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.sectionIds ? <p id="sectionIds-error" className={errorText}>{errors.sectionIds.join(" ")}</p> : null}
      </fieldset>

      <NumberField label="Number of questions" name="count" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} hint="1 to 50. If the sections have fewer questions, you get them all." errors={errors.count} className="w-32" />

      <fieldset className="flex flex-col gap-2" aria-describedby={described("types")}>
        <legend className="text-lg font-semibold">Question types</legend>
        <div className="grid gap-1 sm:grid-cols-3">
          {(Object.keys(questionTypeLabels) as QuestionType[]).map((t) => (
            <label key={t} className="flex min-h-11 items-center gap-3 rounded-md px-2">
              <input type="checkbox" name="types" value={t} className="size-5" checked={types.includes(t)} onChange={() => setTypes(toggle(types, t))} />
              {questionTypeLabels[t]}
            </label>
          ))}
        </div>
        {errors.types ? <p id="types-error" className={errorText}>{errors.types.join(" ")}</p> : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={described("mode")}>
        <legend className="text-lg font-semibold">Mode</legend>
        <label className="flex min-h-11 items-center gap-3 rounded-md px-2">
          <input type="radio" name="mode" value="practice" className="size-5" checked={mode === "practice"} onChange={() => setMode("practice")} />
          <span>
            Practice <span className="text-sm text-slate-600 dark:text-slate-400">check each answer and see why at once</span>
          </span>
        </label>
        <label className="flex min-h-11 items-center gap-3 rounded-md px-2">
          <input type="radio" name="mode" value="exam" className="size-5" checked={mode === "exam"} onChange={() => setMode("exam")} />
          <span>
            Exam <span className="text-sm text-slate-600 dark:text-slate-400">no feedback until the end, optional time limit</span>
          </span>
        </label>
        {errors.mode ? <p id="mode-error" className={errorText}>{errors.mode.join(" ")}</p> : null}
      </fieldset>

      {mode === "exam" ? (
        <NumberField label="Time limit in minutes (optional)" name="timeLimitMinutes" min={1} max={180} value={limit} onChange={(e) => setLimit(e.target.value)} errors={errors.timeLimitMinutes} className="w-32" />
      ) : null}

      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
      <div>
        <PendingButton type="submit" pending={pending} pendingLabel="Starting…">
          Start quiz
        </PendingButton>
      </div>
    </form>
  );
}
