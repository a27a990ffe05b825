import "server-only";
import { getAccountExport } from "@/lib/server/data/account";
import { listAttemptsWithItems } from "@/lib/server/data/quiz-attempts";
import { buildAttemptViews } from "@/lib/server/quiz/attempt";

// The data export: everything held on the user. Quiz attempts appear exactly as their learner may
// see them now (the attempt view the pages and the API use): the questions as shown, the learner's
// own answers, and verdicts, keys and scores only where the feedback policy allows. Stored layouts
// (which map the display to the authored order) never leave the server.
export async function buildAccountExport(userId: string, now: Date) {
  const [data, attempts] = await Promise.all([getAccountExport(userId, now), listAttemptsWithItems(userId)]);
  if (!data) return null;
  return { ...data, quiz: { attempts: await buildAttemptViews(attempts, now), latestResults: data.quiz.latestResults } };
}
