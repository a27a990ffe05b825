import crypto from "node:crypto";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { NewQuizForm } from "@/components/quiz/new-quiz-form";
import { RetryMistakesForm } from "@/components/quiz/retry-mistakes-form";
import { requireUser } from "@/lib/server/auth";
import { listQuizSections } from "@/lib/server/data/quiz-questions";

export const metadata: Metadata = { title: "New quiz" };

// Starts a self-study quiz. ?sections=a,b preselects sections (the reader's "Quiz me" links).
export default async function NewQuizPage({ searchParams }: { searchParams: Promise<{ sections?: string | string[] }> }) {
  await requireUser();
  const [{ sections: param }, sections] = await Promise.all([searchParams, listQuizSections()]);
  const known = new Set(sections.map((s) => s.id));
  const asked = (Array.isArray(param) ? param.join(",") : (param ?? "")).split(",").map((s) => s.trim());
  const preselected = [...new Set(asked.filter((id) => known.has(id)))];
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">New quiz</h1>
        <Link href="/history" className="tap text-brand-700 underline dark:text-brand-100">
          Past quizzes and mastery
        </Link>
      </div>
      <NewQuizForm sections={sections} preselected={preselected} requestKey={crypto.randomUUID()} />
      <section aria-labelledby="mistakes-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6 dark:border-slate-800">
        <h2 id="mistakes-heading" className="text-xl font-semibold">
          Your mistakes
        </h2>
        <p>Practise again the questions you got wrong or skipped in your last finished quiz.</p>
        <RetryMistakesForm requestKey={crypto.randomUUID()} />
      </section>
    </div>
  );
}
