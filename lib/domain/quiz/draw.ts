import type { Question, QuestionType } from "@/lib/schemas/content";
import { shuffle, type Rng } from "./rng";

// Choosing a quiz's questions from the banks. The seeded PRNG, the presentation of a question to the
// browser and the reveal of its key live in rng.ts, present.ts and reveal.ts; they are re-exported
// here so callers building a quiz have one module to import.
export { createRng, hashSeed, mulberry32, randomInt, shuffle, type Rng } from "./rng";
export {
  gradeShownAnswer,
  presentQuestion,
  presentQuestionWithKey,
  toAuthoredAnswer,
  type Presentation,
  type PresentationKey,
  type PresentOptions,
  type PublicOption,
  type PublicQuestion,
} from "./present";
export { describeAnswer, revealAnswer, type RevealedAnswer } from "./reveal";

// Questions carry no section of their own: the bank they come from gives it. Drawing reads only the
// id and type, so the server can draw from light rows and parse the full question afterwards.
export type PoolQuestion = { sectionId: string; question: Pick<Question, "id" | "type"> };

// `types` and `sectionIds` narrow the pool; absent or empty means no restriction.
export type DrawOptions = { count: number; types?: readonly QuestionType[]; sectionIds?: readonly string[] };

// Samples `count` distinct questions (fewer if the pool is short), spread evenly over the chosen
// sections: sections take turns in a random order, so their counts differ by at most one until a
// section runs out, and the rest comes from sections that still have questions. The result is
// shuffled, so the round-robin does not show. Duplicate question ids in the pool count once.
export function drawQuestions<T extends PoolQuestion>(pool: readonly T[], options: DrawOptions, rng: Rng): T[] {
  const count = Math.floor(options.count);
  if (!(count > 0)) return [];
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const sections = options.sectionIds?.length ? new Set(options.sectionIds) : null;

  const bySection = new Map<string, T[]>();
  const seen = new Set<string>();
  for (const entry of pool) {
    if (seen.has(entry.question.id)) continue;
    if (types && !types.has(entry.question.type)) continue;
    if (sections && !sections.has(entry.sectionId)) continue;
    seen.add(entry.question.id);
    bySection.set(entry.sectionId, [...(bySection.get(entry.sectionId) ?? []), entry]);
  }

  const queues = shuffle([...bySection.values()], rng).map((questions) => shuffle(questions, rng));
  const drawn: T[] = [];
  while (drawn.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return shuffle(drawn, rng);
}
