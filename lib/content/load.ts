import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { articleMetaSchema, bankSchema, sectionFrontMatterSchema, type Bank } from "@/lib/schemas/content";
import type { ContentProblem, Section } from "@/lib/domain/content-rules";

// Reads the authored content from disk and parses it at the boundary with zod. Whatever fails to
// parse becomes a problem (`file: id: what is wrong`) rather than an exception, so the checker can
// report every problem at once.

export const contentRoot = path.join(process.cwd(), "content");

export type LoadedBank = { file: string; bank: Bank };
export type LoadedContent = {
  article: z.infer<typeof articleMetaSchema>;
  sections: Section[];
  banks: LoadedBank[];
  problems: ContentProblem[];
};

const frontMatter = /^---\n([\s\S]*?)\n---\n/;

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

// Loads the article's sections and every bank under `root` (content/ by default).
export function loadContent(root: string = contentRoot): LoadedContent {
  const problems: ContentProblem[] = [];
  const articleDir = path.join(root, "article");
  const article = articleMetaSchema.parse(YAML.parse(fs.readFileSync(path.join(articleDir, "article.yaml"), "utf8")));

  const sections: Section[] = [];
  for (const name of fs.readdirSync(articleDir).filter((f) => f.endsWith(".md")).sort()) {
    const file = path.join("article", name);
    const raw = fs.readFileSync(path.join(articleDir, name), "utf8");
    const match = raw.match(frontMatter);
    if (!match) {
      problems.push({ file, id: "-", message: "missing front matter (--- id, title, level, parent, order ---)" });
      continue;
    }
    const parsed = sectionFrontMatterSchema.safeParse(YAML.parse(match[1] ?? ""));
    if (!parsed.success) {
      problems.push({ file, id: "-", message: describeIssues(parsed.error) });
      continue;
    }
    sections.push({ ...parsed.data, body: raw.slice(match[0].length).trim() });
  }
  sections.sort((a, b) => a.order - b.order);

  const banks: LoadedBank[] = [];
  const banksDir = path.join(root, "banks");
  const bankFiles = fs.existsSync(banksDir) ? fs.readdirSync(banksDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
  for (const name of bankFiles) {
    const file = path.join("banks", name);
    let data: unknown;
    try {
      data = YAML.parse(fs.readFileSync(path.join(banksDir, name), "utf8"));
    } catch (error) {
      problems.push({ file, id: "-", message: `not valid YAML/JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = bankSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [list, index] = issue.path;
        const entry = typeof list === "string" && typeof index === "number" ? (data as Record<string, { id?: string }[]>)[list]?.[index] : undefined;
        problems.push({ file, id: entry?.id ?? "-", message: `${issue.path.join(".")}: ${issue.message}` });
      }
      continue;
    }
    banks.push({ file, bank: parsed.data });
  }
  return { article, sections, banks, problems };
}
