import type { SectionCounts } from "@/lib/server/data/sections";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// How much there is to practise in a section: questions, flashcards and accuracy notes.
export function SectionStats({ counts }: { counts: SectionCounts }) {
  return (
    <span className="text-sm text-slate-700 dark:text-slate-300">
      {plural(counts.questions, "question", "questions")} · {plural(counts.flashcards, "flashcard", "flashcards")} · {plural(counts.notes, "note", "notes")}
    </span>
  );
}
