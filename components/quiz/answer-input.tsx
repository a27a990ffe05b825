"use client";

import { moveItem, type Draft } from "@/lib/domain/quiz/draft";
import type { PublicQuestion } from "@/lib/domain/quiz/present";

// The controls for answering one question, by type. Options are radio buttons or checkboxes
// labelled with their text (the digit that picks them is shown but hidden from screen readers,
// which have the label); ordering uses move up/down buttons; matching a labelled select per left side.

type Props = { view: PublicQuestion; draft: Draft; onChange: (draft: Draft) => void; disabled: boolean; announce: (message: string) => void };

const optionRow = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:bg-slate-800";
const keyHint = "inline-flex size-6 shrink-0 items-center justify-center rounded border border-slate-400 text-sm text-slate-700 dark:text-slate-300";

// Renders the input for the question's type. Move buttons at an end stay focusable (aria-disabled)
// so keyboard focus is not lost when an item reaches the top or bottom.
export function AnswerInput({ view, draft, onChange, disabled, announce }: Props) {
  const name = `answer-${view.id}`;
  if (view.type === "single" && draft.type === "single") {
    return (
      <ChoiceList legend={view.prompt}>
        {view.options.map((o) => (
          <label key={o.index} className={optionRow}>
            <input type="radio" name={name} className="size-5" checked={draft.choice === o.index} disabled={disabled} onChange={() => onChange({ type: "single", choice: o.index })} />
            <span aria-hidden="true" className={keyHint}>{o.index + 1}</span>
            <span>{o.text}</span>
          </label>
        ))}
      </ChoiceList>
    );
  }
  if (view.type === "multiple" && draft.type === "multiple") {
    const toggle = (i: number) => onChange({ type: "multiple", choices: draft.choices.includes(i) ? draft.choices.filter((c) => c !== i) : [...draft.choices, i] });
    return (
      <ChoiceList legend={view.prompt} hint="Choose every right answer.">
        {view.options.map((o) => (
          <label key={o.index} className={optionRow}>
            <input type="checkbox" name={name} className="size-5" checked={draft.choices.includes(o.index)} disabled={disabled} onChange={() => toggle(o.index)} />
            <span aria-hidden="true" className={keyHint}>{o.index + 1}</span>
            <span>{o.text}</span>
          </label>
        ))}
      </ChoiceList>
    );
  }
  if (view.type === "truefalse" && draft.type === "truefalse") {
    return (
      <ChoiceList legend={view.prompt}>
        {([true, false] as const).map((value, i) => (
          <label key={String(value)} className={optionRow}>
            <input type="radio" name={name} className="size-5" checked={draft.value === value} disabled={disabled} onChange={() => onChange({ type: "truefalse", value })} />
            <span aria-hidden="true" className={keyHint}>{i + 1}</span>
            <span>{value ? "True" : "False"}</span>
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
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
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
    return (
      <ChoiceList legend={view.prompt} hint="Put the items in order, first at the top, with the move buttons.">
        <ol className="flex flex-col gap-2">
          {draft.order.map((itemIndex, p) => (
            <li key={itemIndex} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-600">
              <span className="w-6 text-slate-600 dark:text-slate-400">{p + 1}.</span>
              <span className="flex-1">{text(itemIndex)}</span>
              <button type="button" className="min-h-11 min-w-11 rounded-md border border-slate-300 px-2 aria-disabled:opacity-40 dark:border-slate-600" aria-disabled={disabled || p === 0} onClick={() => !disabled && p > 0 && move(p, -1)}>
                <span aria-hidden="true">↑</span>
                <span className="sr-only">Move “{text(itemIndex)}” up</span>
              </button>
              <button type="button" className="min-h-11 min-w-11 rounded-md border border-slate-300 px-2 aria-disabled:opacity-40 dark:border-slate-600" aria-disabled={disabled || p === draft.order.length - 1} onClick={() => !disabled && p < draft.order.length - 1 && move(p, 1)}>
                <span aria-hidden="true">↓</span>
                <span className="sr-only">Move “{text(itemIndex)}” down</span>
              </button>
            </li>
          ))}
        </ol>
      </ChoiceList>
    );
  }
  if (view.type === "matching" && draft.type === "matching") {
    return (
      <ChoiceList legend={view.prompt} hint="Choose the match for each item.">
        {view.left.map((left, i) => (
          <div key={left.index} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
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
