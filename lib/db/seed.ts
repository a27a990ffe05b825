import type { Db } from "@/lib/db/client";
import { loadContent } from "@/lib/content/load";
import { checkContent } from "@/lib/domain/content-rules";
import { syncContent, type SyncSummary } from "@/lib/db/content-sync";
import { hashPassword } from "@/lib/server/password";

// Loads the content and the demo accounts. Safe to run on every start: everything is by stable id.

export const demoAccounts = [
  { email: "student@example.com", name: "Sam Student", role: "student" },
  { email: "instructor@example.com", name: "Ines Instructor", role: "instructor" },
] as const;
export const demoPassword = "retain-demo-password";

// Syncs content/ into the database (refusing content that fails the checker) and adds demo accounts.
export async function seed(db: Db, options: { demoAccounts?: boolean } = {}): Promise<SyncSummary> {
  const content = loadContent();
  const problems = [...content.problems, ...checkContent(content.sections, content.banks)];
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} problem(s); run npm run content:check. First: ${problems[0]?.file}: ${problems[0]?.id}: ${problems[0]?.message}`);
  }
  const summary = await syncContent(db, content);
  if (options.demoAccounts ?? true) {
    const existing = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { email: true } });
    const missing = demoAccounts.filter((a) => !existing.some((e) => e.email === a.email));
    if (missing.length > 0) {
      const passwordHash = await hashPassword(demoPassword);
      for (const account of missing) await db.user.create({ data: { ...account, passwordHash } });
    }
  }
  return summary;
}
