"use client";

import { useActionState, useSyncExternalStore } from "react";
import { createAssignmentAction, updateAssignmentAction } from "@/lib/server/actions/assignments";
import { assignmentDateBounds, defaultAssignmentDates } from "@/lib/domain/classes/time-zone";
import { useBrowserZone } from "@/lib/view/browser-zone";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field, NumberField, SelectField } from "@/components/ui/field";
import { TargetRecallField } from "@/components/review/target-recall-field";

const subscribe = () => () => {};
// The current minute in the browser (stable within the minute, as a snapshot must be); none on the server.
const browserMinute = () => Math.floor(Date.now() / 60_000);
const noMinute = () => null;

// The values an edit form starts from, as the form would send them.
export type AssignmentFormValues = Record<"title" | "opensAt" | "dueAt" | "timeLimitMinutes" | "attemptsAllowed" | "gradingMethod" | "feedback" | "lateWork" | "cutoffAt" | "targetRecall", string> & {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  holdOutOfSelfStudy: boolean;
};

type Props =
  | { mode: "create"; classId: string; sets: readonly { id: string; title: string }[] }
  // Editing keeps the class and the set, and reads the dates in the zone they were set in.
  | { mode: "edit"; assignmentId: string; timeZone: string; initial: AssignmentFormValues };

// The "Assign" form: a set to this class with dates (typed in the instructor's own time zone,
// which is sent along), time limit, attempts, grading, shuffling, feedback and late work. The same
// form edits an assignment's rules.
export function AssignmentForm(props: Props) {
  const [state, action, pending] = useActionState(props.mode === "create" ? createAssignmentAction : updateAssignmentAction, initialFormState);
  const browser = useBrowserZone("UTC");
  const zone = props.mode === "edit" ? props.timeZone : browser;
  const initial = props.mode === "edit" ? props.initial : undefined;
  // After a refused submit the form shows what was sent; before, the stored rules (or defaults).
  const v: Record<string, string> | undefined =
    state.values ??
    (initial && { ...initial, shuffleQuestions: initial.shuffleQuestions ? "on" : "", shuffleOptions: initial.shuffleOptions ? "on" : "", holdOutOfSelfStudy: initial.holdOutOfSelfStudy ? "on" : "" });
  const checked = (name: string) => (v ? v[name] === "on" : true);
  // A new assignment opens now and is due in a week at 23:59, in the instructor's zone; filled in
  // once the browser's clock and zone are known (the server's page has them empty).
  const minute = useSyncExternalStore(subscribe, browserMinute, noMinute);
  const dates = props.mode === "create" && !v && minute !== null ? defaultAssignmentDates(new Date(minute * 60_000), zone) : undefined;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      {props.mode === "create" ? <input type="hidden" name="classId" value={props.classId} /> : <input type="hidden" name="assignmentId" value={props.assignmentId} />}
      <input type="hidden" name="timeZone" value={zone} />
      {props.mode === "create" ? (
        <SelectField label="Question set" name="setId" defaultValue={v?.setId} errors={state.errors.setId}>
          {props.sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field label="Title" name="title" required maxLength={120} defaultValue={v?.title} errors={state.errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Opens at" name="opensAt" type="datetime-local" required {...assignmentDateBounds} defaultValue={v?.opensAt ?? dates?.opensAt} errors={state.errors.opensAt} />
        <Field label="Due at" name="dueAt" type="datetime-local" required {...assignmentDateBounds} defaultValue={v?.dueAt ?? dates?.dueAt} errors={state.errors.dueAt} />
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Dates are in {props.mode === "create" ? "your time zone" : "the time zone they were set in"} ({zone}); students see them in theirs.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Time limit (minutes)" name="timeLimitMinutes" min={1} max={600} hint="Leave empty for no limit." defaultValue={v?.timeLimitMinutes} errors={state.errors.timeLimitMinutes} />
        <NumberField label="Attempts allowed" name="attemptsAllowed" min={1} max={20} hint="Leave empty for unlimited." defaultValue={v ? v.attemptsAllowed : "1"} errors={state.errors.attemptsAllowed} />
      </div>
      <SelectField label="Grading method" name="gradingMethod" defaultValue={v?.gradingMethod ?? "highest"} errors={state.errors.gradingMethod}>
        <option value="highest">Highest attempt</option>
        <option value="last">Last attempt</option>
        <option value="average">Average of attempts</option>
      </SelectField>
      <SelectField label="Show feedback" name="feedback" defaultValue={v?.feedback ?? "immediately"} errors={state.errors.feedback}>
        <option value="immediately">Immediately after each attempt</option>
        <option value="after_due">After the due date, once no one can submit (score only before)</option>
        <option value="never">Never (score only)</option>
      </SelectField>
      <SelectField label="Late work" name="lateWork" defaultValue={v?.lateWork ?? "accept"} errors={state.errors.lateWork}>
        <option value="accept">Accept and mark late</option>
        <option value="refuse">Refuse after the due date</option>
      </SelectField>
      <Field
        label="Cut-off for late work"
        name="cutoffAt"
        type="datetime-local"
        {...assignmentDateBounds}
        hint="When late work is accepted, nothing can be handed in after this. Leave empty for a week after the due date. Feedback “after the due date” is shown from the cut-off on, when no one can still submit."
        defaultValue={v?.cutoffAt}
        errors={state.errors.cutoffAt}
      />
      <TargetRecallField
        label="Target recall on the due date (%)"
        hint="Students’ reviews are paced so they remember this share of the set’s flashcards on the due date: 70 to 99, usually 90."
        defaultValue={v?.targetRecall ?? "90"}
        errors={state.errors.targetRecall}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Shuffling</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions")} className="size-5" /> Shuffle questions
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions")} className="size-5" /> Shuffle options
        </label>
      </fieldset>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="holdOutOfSelfStudy" defaultChecked={checked("holdOutOfSelfStudy")} className="mt-1 size-5" aria-describedby="hold-out-hint" />
        <span>
          Hold these questions out of self-study until no one can submit
          <span id="hold-out-hint" className="block text-sm text-slate-700 dark:text-slate-300">
            Bank questions are also public practice material: without this, your students can meet them, with their answers, in practice quizzes.
          </span>
        </span>
      </label>
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
      <Button type="submit" disabled={pending}>
        {props.mode === "create" ? "Assign" : "Save changes"}
      </Button>
    </form>
  );
}
