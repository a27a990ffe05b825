import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clampToRuns, findQuote, parseMarkdown, runsOf, segmentRun, type MarkdownNode, type TextRun } from "@/lib/domain/markdown";

// Every run must point at its own text in the source: that is what makes highlighting exact.
function expectRunsMatchSource(source: string, nodes: MarkdownNode[]) {
  for (const run of runsOf(nodes)) expect(source.slice(run.start, run.start + run.text.length)).toBe(run.text);
}

describe("parseMarkdown", () => {
  it("splits paragraphs on blank lines and keeps a paragraph's lines together", () => {
    const source = "First line\nsame paragraph.\n\nSecond paragraph.";
    const nodes = parseMarkdown(source);
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "paragraph"]);
    expect(nodes[0]).toMatchObject({ content: { text: "First line\nsame paragraph.", start: 0 } });
    expect(nodes[1]).toMatchObject({ content: { text: "Second paragraph.", start: 28 } });
    expectRunsMatchSource(source, nodes);
  });

  it("reads a '- ' list after a paragraph, one item per line", () => {
    const source = "These steps include:\n\n- Detention: held.\n- Removal: carried out.\n\nAfter.";
    const nodes = parseMarkdown(source);
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "list", "paragraph"]);
    expect(nodes[1]).toMatchObject({ type: "list", items: [{ text: "Detention: held." }, { text: "Removal: carried out." }] });
    expectRunsMatchSource(source, nodes);
  });

  it("starts a list right after a paragraph line and continues an item on a line without '- '", () => {
    const source = "Intro:\n- one\n  still one\n- two";
    const nodes = parseMarkdown(source);
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "list"]);
    expect(nodes[1]).toMatchObject({ items: [{ text: "one\n  still one" }, { text: "two" }] });
    expectRunsMatchSource(source, nodes);
  });

  it("reads a pipe table with its header row and pads short rows to the header's width", () => {
    const source = "| Step | Description |\n| --- | :---: |\n| Detention | Held while waiting. |\n| Removal |";
    const [table] = parseMarkdown(source);
    expect(table?.type).toBe("table");
    if (table?.type !== "table") return;
    expect(table.header.map((c) => c.text)).toEqual(["Step", "Description"]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Detention", "Held while waiting."],
      ["Removal", ""],
    ]);
    expectRunsMatchSource(source, [table]);
  });

  it("treats a pipe line without a separator row as ordinary text", () => {
    expect(parseMarkdown("| not | a table |").map((n) => n.type)).toEqual(["paragraph"]);
  });

  it("keeps HTML and Markdown-looking text as plain text (nothing is interpreted)", () => {
    const source = '<script>alert("x")</script> <img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))';
    const nodes = parseMarkdown(source);
    expect(nodes).toEqual([{ type: "paragraph", start: 0, end: source.length, content: { text: source, start: 0 } }]);
  });

  it("handles Windows line endings and an empty body", () => {
    expect(parseMarkdown("")).toEqual([]);
    const nodes = parseMarkdown("One.\r\n\r\n- a\r\n- b\r\n");
    expect(nodes.map((n) => n.type)).toEqual(["paragraph", "list"]);
    expect(nodes[1]).toMatchObject({ items: [{ text: "a" }, { text: "b" }] });
  });

  it("parses every section of the article with exact offsets", () => {
    const dir = path.join(process.cwd(), "content", "article");
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const body = fs.readFileSync(path.join(dir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "").trim();
      const nodes = parseMarkdown(body);
      expect(nodes.length, name).toBeGreaterThan(0);
      expectRunsMatchSource(body, nodes);
      // No text is lost: every non-syntax character of the body is inside some run.
      const shown = runsOf(nodes).map((r) => r.text).join("");
      expect(shown.replace(/\s/g, "").length, name).toBe(body.replace(/^- /gm, "").replace(/\|/g, "").replace(/-{3,}/g, "").replace(/\s/g, "").length);
    }
  });
});

describe("findQuote", () => {
  it("finds the first occurrence, searching the texts in order", () => {
    expect(findQuote(["abc", "xbcx", "bc"], "bc")).toEqual({ index: 0, start: 1, end: 3 });
    expect(findQuote(["abc", "xyz"], "yz")).toEqual({ index: 1, start: 1, end: 3 });
  });
  it("is exact: another case or an unknown quote is not found", () => {
    expect(findQuote(["Hello world"], "hello")).toBeNull();
    expect(findQuote(["Hello world"], "")).toBeNull();
  });
});

describe("clampToRuns", () => {
  const runs: TextRun[] = [
    { text: "Detention: held.", start: 2 },
    { text: "Removal.", start: 21 },
  ];
  it("moves a range's edges off Markdown syntax onto the text shown", () => {
    expect(clampToRuns({ start: 0, end: 10 }, runs)).toEqual({ start: 2, end: 10 });
    expect(clampToRuns({ id: "n", start: 5, end: 29 }, runs)).toEqual({ id: "n", start: 5, end: 29 });
  });
  it("is null for a range that covers no shown text", () => {
    expect(clampToRuns({ start: 0, end: 2 }, runs)).toBeNull();
  });
});

describe("segmentRun", () => {
  const run: TextRun = { text: "HSI reports directly to the Secretary.", start: 100 };

  it("leaves a run without highlights whole", () => {
    expect(segmentRun(run, null, [])).toEqual([{ quote: false, quoteStart: false, pieces: [{ text: run.text, start: 100, notes: [], noteStarts: [], noteEnds: [] }] }]);
  });

  it("puts the whole quote in one group, even where a note's passage starts inside it", () => {
    const quote = { start: 104, end: 120 }; // "reports directly"
    const note = { id: "n1", start: 112, end: 137 }; // "directly to the Secretary"
    const groups = segmentRun(run, quote, [note]);
    expect(groups.map((g) => [g.quote, g.quoteStart, g.pieces.map((p) => p.text).join("")])).toEqual([
      [false, false, "HSI "],
      [true, true, "reports directly"],
      [false, false, " to the Secretary."],
    ]);
    const pieces = groups.flatMap((g) => g.pieces);
    expect(pieces.find((p) => p.noteStarts.includes("n1"))?.text).toBe("directly");
    expect(pieces.find((p) => p.noteEnds.includes("n1"))?.text).toBe(" to the Secretary");
    expect(pieces.filter((p) => p.notes.includes("n1")).map((p) => p.text).join("")).toBe("directly to the Secretary");
  });

  it("marks only the run where the quote begins as its start when the quote spans runs", () => {
    const quote = { start: 85, end: 103 };
    const before = segmentRun({ text: "before ", start: 80 }, quote, []);
    expect(before.map((g) => [g.quote, g.quoteStart, g.pieces[0]?.text])).toEqual([
      [false, false, "befor"],
      [true, true, "e "],
    ]);
    const after = segmentRun(run, quote, []);
    expect(after.map((g) => [g.quote, g.quoteStart, g.pieces[0]?.text])).toEqual([
      [true, false, "HSI"],
      [false, false, " reports directly to the Secretary."],
    ]);
  });

  it("ignores highlights that do not touch the run", () => {
    const groups = segmentRun(run, { start: 0, end: 50 }, [{ id: "far", start: 300, end: 310 }]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.quote).toBe(false);
  });
});
