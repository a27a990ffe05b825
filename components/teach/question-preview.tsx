import type { PublicQuestion } from "@/lib/domain/quiz/present";

// A question as the student sees it (the public view: no keys), for previews. The inputs are
// disabled: this is a look, not a quiz.
export function QuestionPreview({ question, number }: { question: PublicQuestion; number: number }) {
  const name = `preview-${number}`;
  const choice = (type: "radio" | "checkbox", options: readonly { index: number; text: string }[]) => (
    <ul className="flex flex-col gap-1">
      {options.map((o) => (
        <li key={o.index}>
          <label className="flex items-center gap-2">
            <input type={type} name={name} disabled className="size-5" /> {o.text}
          </label>
        </li>
      ))}
    </ul>
  );
  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <legend className="px-1 font-semibold">
        Question {number}: {question.prompt}
      </legend>
      {question.type === "single" ? choice("radio", question.options) : null}
      {question.type === "multiple" ? (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">Choose all that apply.</p>
          {choice("checkbox", question.options)}
        </>
      ) : null}
      {question.type === "truefalse" ? choice("radio", [{ index: 0, text: "True" }, { index: 1, text: "False" }]) : null}
      {question.type === "typed" ? (
        <label className="flex flex-col gap-1">
          Your answer
          <input type="text" disabled className="min-h-11 rounded-lg border border-slate-400 px-3 py-2" />
        </label>
      ) : null}
      {question.type === "ordering" ? (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">Put these in order:</p>
          <ul className="list-disc pl-6">
            {question.items.map((i) => (
              <li key={i.index}>{i.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {question.type === "matching" ? (
        <ul className="flex flex-col gap-2">
          {question.left.map((l) => (
            <li key={l.index}>
              <label className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
                {l.text}
                <select disabled className="min-h-11 rounded-lg border border-slate-400 px-3 py-2">
                  <option>Choose…</option>
                  {question.right.map((r) => (
                    <option key={r.index}>{r.text}</option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
