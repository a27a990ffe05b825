import { Link } from "@/components/ui/link";

// The list of an exam's questions, to jump back and forth; shows which are answered.
export function QuestionNav({ attemptId, answered, current }: { attemptId: string; answered: boolean[]; current: number }) {
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-2">
        {answered.map((done, i) => (
          <li key={i}>
            <Link
              href={`/quiz/${attemptId}?q=${i + 1}`}
              aria-current={i === current ? "step" : undefined}
              className={`flex size-11 items-center justify-center rounded-md border ${
                i === current ? "border-brand-600 font-bold ring-2 ring-brand-600" : "border-slate-300 dark:border-slate-600"
              } ${done ? "bg-brand-50 dark:bg-slate-800" : ""}`}
            >
              <span aria-hidden="true">{i + 1}</span>
              <span className="sr-only">
                Question {i + 1}
                {done ? ", answered" : ", not answered"}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
