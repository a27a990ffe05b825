import { loadContent } from "@/lib/content/load";
import { buildAudit, countBySection, type ContentCounts } from "@/lib/domain/content-report";
import { checkContent } from "@/lib/domain/content-rules";

// `npm run content:check`: validates the article and every question bank, prints the coverage per
// section and exits 1 on any problem. `-- --json` prints only the answer-free audit document on
// stdout (problems still go to stderr), so the output can be piped into other tools.

function formatCounts({ rows, totals }: ContentCounts): string {
  const label = (r: ContentCounts["rows"][number]) => `${r.level === 2 ? "  " : ""}${r.sectionId}`;
  const width = Math.max("section".length, "total".length, ...rows.map((r) => label(r).length));
  const line = (name: string, q: number | string, f: number | string, n: number | string) =>
    `${name.padEnd(width)}  ${String(q).padStart(9)}  ${String(f).padStart(10)}  ${String(n).padStart(5)}`;
  return [
    line("section", "questions", "flashcards", "notes"),
    ...rows.map((r) => line(label(r), r.questions, r.flashcards, r.notes)),
    line("total", totals.questions, totals.flashcards, totals.notes),
  ].join("\n");
}

const json = process.argv.slice(2).includes("--json");
const { sections, banks, problems } = loadContent();
const all = [...problems, ...checkContent(sections, banks)];
for (const p of all) console.error(`${p.file}: ${p.id}: ${p.message}`);

if (json) {
  console.log(JSON.stringify(buildAudit(sections, banks), null, 2));
} else {
  console.log(`${sections.length} sections, ${banks.length} banks`);
  console.log(formatCounts(countBySection(sections, banks)));
}
if (all.length > 0) {
  console.error(`${all.length} problem(s)`);
  // exitCode rather than exit(): a large JSON document on a pipe must be flushed first.
  process.exitCode = 1;
}
