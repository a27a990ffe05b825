import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { checkContent } from "@/lib/domain/content-rules";

// The loader turns unreadable or invalid banks into problems naming file and id, and keeps the rest.

const root = path.join(__dirname, "__fixtures__", "content");

describe("loadContent", () => {
  const { sections, banks, problems } = loadContent(root);

  it("loads the valid section and bank", () => {
    expect(sections.map((s) => s.id)).toEqual(["hsi"]);
    expect(sections[0]?.body).toBe("Homeland Security Investigations, or HSI for short, is a part of the U.S. Immigration Police.");
    expect(banks.map((b) => b.file)).toEqual([path.join("banks", "good.yaml")]);
    expect(checkContent(sections, banks)).toEqual([]);
  });

  it("reports a malformed YAML bank by file (no id can be read)", () => {
    const problem = problems.find((p) => p.file === path.join("banks", "malformed.yaml"));
    expect(problem).toMatchObject({ id: "-", message: expect.stringMatching(/^not valid YAML\/JSON: /) });
  });

  it("reports each zod failure with the file and the id of the failing entry", () => {
    const file = path.join("banks", "schema.yaml");
    expect(problems.filter((p) => p.file === file)).toEqual([
      { file, id: "hsi-q-no-explanation", message: "questions.0.explanation: must not be empty" },
      { file, id: "hsi-f-two-holes", message: "flashcards.0.text: cloze text needs exactly one {{hidden part}}" },
    ]);
    expect(problems).toHaveLength(3);
  });
});

describe("the shipped content", () => {
  it("passes every content rule (the one-fact and framing rules included)", () => {
    const content = loadContent();
    expect([...content.problems, ...checkContent(content.sections, content.banks)]).toEqual([]);
  });
});
