import "server-only";
import type { Workload } from "@/lib/domain/review/shaping";
import type { ReviewSettings } from "@/lib/domain/review/settings";

// The learner's load balancing and easy days, without the due counts (read where a grade is made).
export function workloadOf(settings: Pick<ReviewSettings, "loadBalancing" | "easyDays">): Omit<Workload, "dueCounts"> {
  return { loadBalancing: settings.loadBalancing, easyDays: settings.easyDays };
}
