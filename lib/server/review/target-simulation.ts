import "server-only";
import { simulateChoices, SIMULATED_RETENTIONS, type SimulatedCard, type SimulationChoice } from "@/lib/domain/review/simulate";
import { studyDaysUntil } from "@/lib/domain/review/targets";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { getTargetCardsPerDay, listTargetCards } from "@/lib/server/data/study-targets";
import { listActiveTargets } from "./targets";

// The simulator on a learner's study targets: their own cards of each target's material and their
// settings fed to lib/domain/review/simulate.ts.

export type TargetSimulation = {
  targetId: string;
  days: number;
  // The new-card limit study for a date paces the target with (the chart's lines use it), and the
  // others compared.
  pacedPerDay: number;
  newLimits: number[];
  currentRetention: number;
  choices: SimulationChoice[];
};

// Each active target's simulation, keyed by target id (none for a target due today).
export async function listTargetSimulations(userId: string, now: Date): Promise<Map<string, TargetSimulation>> {
  const [{ settings }, cap] = await Promise.all([getReviewSettings(userId), getTargetCardsPerDay(userId)]);
  const targets = await listActiveTargets(userId, settings, now);
  const out = new Map<string, TargetSimulation>();
  for (const target of targets) {
    const days = studyDaysUntil(target.date, now, settings);
    if (days < 1) continue;
    const held = (await listTargetCards([userId], target.flashcardIds)).filter((c) => !c.suspended);
    const studied = held.filter((c) => c.state !== "new" && c.lastReview);
    const cards: SimulatedCard[] = studied.map((c) => ({
      stability: c.stability,
      difficulty: c.difficulty,
      daysSinceReview: Math.max(0, studyDaysUntil(now, c.lastReview!, settings)),
      dueInDays: Math.max(0, studyDaysUntil(c.due, now, settings)),
    }));
    const unseen = Math.max(0, target.flashcardIds.length - studied.length);
    const needed = Math.ceil(unseen / days);
    const paced = Math.min(needed, cap);
    const newLimits = [...new Set([Math.ceil(paced / 2), paced, needed, Math.min(unseen, paced * 2)])].filter((n) => n <= unseen).sort((a, b) => a - b);
    const choices = simulateChoices(
      { cards, unseen, days, targetRecall: target.targetRecall, maxReviewsPerDay: settings.maxReviewsPerDay, maximumInterval: settings.maximumInterval, weights: settings.weights, seed: `${userId}:${target.id}` },
      SIMULATED_RETENTIONS,
      newLimits.length > 0 ? newLimits : [0],
    );
    out.set(target.id, { targetId: target.id, days, pacedPerDay: paced, newLimits: newLimits.length > 0 ? newLimits : [0], currentRetention: settings.desiredRetention, choices });
  }
  return out;
}
