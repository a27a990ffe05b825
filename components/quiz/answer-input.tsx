"use client";

import { moveItem, type Draft } from "@/lib/domain/quiz/draft";
import { markChoices, markMatches, markOrder, type OptionMark } from "@/lib/domain/quiz/marks";
import type { PublicQuestion } from "@/lib/domain/quiz/present";
import type { Answer } from "@/lib/schemas/answer";
import { AnswerMark, markedRow } from "./answer-mark";

// The controls for answering one question, by type. Options are radio buttons or checkboxes
// labelled with their text (the digit that picks them is shown but hidden from screen readers,
// which have the label); ordering uses move up/down buttons; matching a labelled select per left side.
// Once checked (`checked`: the right answer in display positions and the verdict), each pick,
// position or pair carries its mark beside it.

type Checked = { rightShown: Answer; correct: boolean };
type Props = { view: PublicQuestion; draft: Draft; onChange: (draft: Draft) => void; disabled: boolean; announce: (message: string) => void; checked?: Checked | null };

const optionRow = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:bg-slate-800";
const rowFor = (mark: OptionMark) => (mark ? `flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 ${markedRow[mark]}` : optionRow);
const badge = (mark: OptionMark) => (mark ? <span className="ml-auto"><AnswerMark mark={mark} /></span> : null);
const keyHint = "inline-flex size-6 shrink-0 items-center justify-center rounded border border-slate-400 text-sm text-slate-700 dark:text-slate-300";

// Renders the input for the question's type. Move buttons at an end stay focusable (aria-disabled)
// so keyboard focus is not lost when an item reaches the top or bottom.
export function AnswerInput({ view, draft, onChange, disabled, announce, checked = null }: Props) {
  const name = `answer-${view.id}`;
  const right = checked?.rightShown;
  if (view.type === "single" && draft.type === "single") {
    const marks = right?.type === "single" ? markChoices(view.options.length, draft.choice === null ? [] : [draft.choice], [right.choice]) : [];
    return (
      <ChoiceList legend={view.prompt}>
        {view.options.map((o) => (
          <label key={o.index} className={rowFor(marks[o.index] ?? null)}>
            <input type="radio" name={name} className="size-5" checked={draft.choice === o.index} disabled={disabled} onChange={() => onChange({ type: "single", choice: o.index })} />
            <span aria-hidden="true" className={keyHint}>{o.index + 1}</span>
            <span>{o.text}</span>
            {badge(marks[o.index] ?? null)}
          </label>
        ))}
      </ChoiceList>
    );
  }
  if (view.type === "multiple" && draft.type === "multiple") {
    const toggle = (i: number) => onChange({ type: "multiple", choices: draft.choices.includes(i) ? draft.choices.filter((c) => c !== i) : [...draft.choices, i] });
    const marks = right?.type === "multiple" ? markChoices(view.options.length, draft.choices, right.choices) : [];
    return (
      <ChoiceList legend={view.prompt} hint="Choose every right answer.">
        {view.options.map((o) => (
          <label key={o.index} className={rowFor(marks[o.index] ?? null)}>
            <input type="checkbox" name={name} className="size-5" checked={draft.choices.includes(o.index)} disabled={disabled} onChange={() => toggle(o.index)} />
            <span aria-hidden="true" className={keyHint}>{o.index + 1}</span>
            <span>{o.text}</span>
            {badge(marks[o.index] ?? null)}
          </label>
        ))}
      </ChoiceList>
    );
  }
  if (view.type === "truefalse" && draft.type === "truefalse") {
    const picked = draft.value === null ? [] : [draft.value ? 0 : 1];
    const marks = right?.type === "truefalse" ? markChoices(2, picked, [right.value ? 0 : 1]) : [];
    return (
      <ChoiceList legend={view.prompt}>
        {([true, false] as const).map((value, i) => (
          <label key={String(value)} className={rowFor(marks[i] ?? null)}>
            <input type="radio" name={name} className="size-5" checked={draft.value === value} disabled={disabled} onChange={() => onChange({ type: "truefalse", value })} />
            <span aria-hidden="true" className={keyHint}>{i + 1}</span>
            <span>{value ? "True" : "False"}</span>
            {badge(marks[i] ?? null)}
          </label>
        ))}
      </ChoiceList>
    );
  }
  if (view.type === "typed" && draft.type === "typed") {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-lg">{view.prompt}</p>
        <label htmlFor={name} className="font-medium">
          Your answer
        </label>
        <input
          id={name}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={draft.text}
          disabled={disabled}
          onChange={(e) => onChange({ type: "typed", text: e.target.value })}
          className={`min-h-11 rounded-lg border bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${checked ? (checked.correct ? "border-2 border-green-700 dark:border-green-500" : "border-2 border-red-700 dark:border-red-500") : "border-slate-400 dark:border-slate-500"}`}
        />
        {checked ? <AnswerMark mark={checked.correct ? "correct" : "incorrect"} /> : null}
      </div>
    );
  }
  if (view.type === "ordering" && draft.type === "ordering") {
    const text = (i: number) => view.items.find((item) => item.index === i)?.text ?? "";
    const move = (from: number, delta: number) => {
      const next = moveItem(draft.order, from, delta);
      onChange({ type: "ordering", order: next });
      announce(`“${text(draft.order[from]!)}” moved to position ${from + delta + 1} of ${next.length}.`);
    };
    const marks = right?.type === "ordering" ? markOrder(draft.order, right.order) : null;
    return (
      <ChoiceList legend={view.prompt} hint="Put the items in order, first at the top, with the move buttons.">
        <ol className="flex flex-col gap-2">
          {draft.order.map((itemIndex, p) => {
            const mark = marks?.[p];
            return (
              <li key={itemIndex} className={`flex min-h-11 flex-wrap items-center gap-2 rounded-lg px-3 py-2 ${mark ? markedRow[mark.correct ? "correct" : "incorrect"] : "border border-slate-300 dark:border-slate-600"}`}>
                <span className="w-6 text-slate-600 dark:text-slate-400">{p + 1}.</span>
                <span className="flex-1">{text(itemIndex)}</span>
                {mark ? <AnswerMark mark={mark.correct ? "correct" : "incorrect"} detail={mark.correct ? " place" : `: belongs at ${mark.rightAt + 1}`} /> : null}
                {mark ? null : (
                  <>
                    <button type="button" className="min-h-11 min-w-11 rounded-md border border-slate-300 px-2 aria-disabled:opacity-40 dark:border-slate-600" aria-disabled={disabled || p === 0} onClick={() => !disabled && p > 0 && move(p, -1)}>
                      <span aria-hidden="true">↑</span>
                      <span className="sr-only">Move “{text(itemIndex)}” up</span>
                    </button>
                    <button type="button" className="min-h-11 min-w-11 rounded-md border border-slate-300 px-2 aria-disabled:opacity-40 dark:border-slate-600" aria-disabled={disabled || p === draft.order.length - 1} onClick={() => !disabled && p < draft.order.length - 1 && move(p, 1)}>
                      <span aria-hidden="true">↓</span>
                      <span className="sr-only">Move “{text(itemIndex)}” down</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </ChoiceList>
    );
  }
  if (view.type === "matching" && draft.type === "matching") {
    const marks = right?.type === "matching" ? markMatches(draft.matches, right.matches) : null;
    const rightText = (at: number) => view.right.find((r) => r.index === at)?.text ?? "";
    return (
      <ChoiceList legend={view.prompt} hint="Choose the match for each item.">
        {view.left.map((left, i) => (
          <div key={left.index} className={`flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-3 ${marks ? `rounded-lg p-2 ${markedRow[marks[i]?.correct ? "correct" : "incorrect"]}` : ""}`}>
            <label htmlFor={`${name}-${i}`} className="font-medium sm:w-1/3">
              {left.text}
            </label>
            <select
              id={`${name}-${i}`}
              value={draft.matches[i] ?? ""}
              disabled={disabled}
              onChange={(e) => onChange({ type: "matching", matches: draft.matches.map((m, j) => (j === i ? (e.target.value === "" ? null : Number(e.target.value)) : m)) })}
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
            >
              <option value="">Choose…</option>
              {view.right.map((r) => (
                <option key={r.index} value={r.index}>
                  {r.text}
                </option>
              ))}
            </select>
            {marks?.[i] ? <AnswerMark mark={marks[i].correct ? "correct" : "incorrect"} detail={marks[i].correct ? undefined : `: it goes with “${rightText(marks[i].rightAt)}”`} /> : null}
          </div>
        ))}
      </ChoiceList>
    );
  }
  return null;
}

function ChoiceList({ legend, hint, children }: { legend: string; hint?: string; children: React.ReactNode }) {
  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content, and a matching question's
    // select is as wide as its longest option, which pushed the page sideways on a phone.
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-2 text-lg">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p> : null}
      {children}
    </fieldset>
  );
}
