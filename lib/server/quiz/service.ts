import "server-only";

// The quiz service: the one set of functions the quiz pages, the server actions and the JSON API
// (and the assignments feature, through startAttempt) call. Each takes the signed-in user's id
// first, scopes every query to it, and takes `now` so tests control the clock.

export { startAttempt, createSelfStudyAttempt, createRetryAttempt, type StartAttemptInput, type CreateOutcome, type Issue } from "./create";
export { getAttemptForLearner, finishAttempt } from "./attempt";
export { submitAnswer, type SubmitOutcome } from "./answer";
export { getAttemptResults, type AttemptResults, type ResultItem } from "./results";
export { listAttemptHistory, getSectionMastery, type HistoryEntry, type SectionMasteryRow } from "./history";
// Discarding an unfinished practice quiz is one owner-scoped delete.
export { deleteOpenPracticeAttempt as discardPracticeAttempt } from "@/lib/server/data/quiz-attempts";
export type { AttemptView, LearnerItem, ItemResult, Reveal } from "./views";
