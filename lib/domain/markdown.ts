// A tiny parser for exactly the Markdown the article's sections use: paragraphs, "- " bullet lists
// and pipe tables with a header row. It yields typed nodes holding plain strings (never HTML), so
// whatever a section contains is rendered as text. Every run of text keeps its offset in the source,
// which is how quotes (verbatim substrings of a section's Markdown) are found and highlighted.

// A run of text and where it starts in the source; its end is `start + text.length`.
export type TextRun = { text: string; start: number };

export type MarkdownNode =
  | { type: "paragraph"; start: number; end: number; content: TextRun }
  | { type: "list"; start: number; end: number; items: TextRun[] }
  | { type: "table"; start: number; end: number; header: TextRun[]; rows: TextRun[][] };

type Line = { text: string; start: number };

const separatorCell = /^\s*:?-{3,}:?\s*$/;

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of source.split("\n")) {
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, start });
    start += raw.length + 1;
  }
  return lines;
}

// The run for source[start, end) with surrounding whitespace left out (offsets stay exact).
function runOf(source: string, start: number, end: number): TextRun {
  const slice = source.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  return { text: slice.trim(), start: start + lead };
}

// The cells of a "| a | b |" row, each with its offset; the outer pipes are optional.
function cellsOf(source: string, line: Line): TextRun[] {
  const cells: TextRun[] = [];
  let from = 0;
  const text = line.text;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === "|") {
      cells.push(runOf(source, line.start + from, line.start + i));
      from = i + 1;
    }
  }
  if (text.trimStart().startsWith("|")) cells.shift();
  if (text.trimEnd().endsWith("|")) cells.pop();
  return cells;
}

const isTableRow = (line: Line | undefined) => line !== undefined && line.text.trimStart().startsWith("|");
const isSeparator = (line: Line | undefined, source: string) =>
  line !== undefined && isTableRow(line) && cellsOf(source, line).every((c) => separatorCell.test(c.text));
const isListItem = (line: Line) => line.text.startsWith("- ");
const isBlank = (line: Line) => line.text.trim() === "";
const endOf = (line: Line) => line.start + line.text.length;

// Parses a section's Markdown into paragraphs, lists and tables, in order.
export function parseMarkdown(source: string): MarkdownNode[] {
  const lines = splitLines(source);
  const nodes: MarkdownNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
    } else if (isTableRow(line) && isSeparator(lines[i + 1], source)) {
      const header = cellsOf(source, line);
      const rows: TextRun[][] = [];
      let j = i + 2;
      for (; j < lines.length && isTableRow(lines[j]); j += 1) {
        const cells = cellsOf(source, lines[j]!);
        // Every row gets exactly one cell per column, so the table stays rectangular.
        rows.push(header.map((_, c) => cells[c] ?? { text: "", start: endOf(lines[j]!) }));
      }
      nodes.push({ type: "table", start: line.start, end: endOf(lines[j - 1]!), header, rows });
      i = j;
    } else if (isListItem(line)) {
      const items: TextRun[] = [];
      let j = i;
      let itemStart = 0;
      let itemEnd = 0;
      for (; j < lines.length && !isBlank(lines[j]!); j += 1) {
        const next = lines[j]!;
        if (isListItem(next)) {
          if (j > i) items.push(runOf(source, itemStart, itemEnd));
          itemStart = next.start + 2;
        } else if (isTableRow(next) && isSeparator(lines[j + 1], source)) {
          break;
        }
        // A line that is not a new item continues the current one (Markdown's lazy continuation).
        itemEnd = endOf(next);
      }
      items.push(runOf(source, itemStart, itemEnd));
      nodes.push({ type: "list", start: line.start, end: itemEnd, items });
      i = j;
    } else {
      let j = i + 1;
      while (j < lines.length && !isBlank(lines[j]!) && !isListItem(lines[j]!) && !(isTableRow(lines[j]) && isSeparator(lines[j + 1], source))) j += 1;
      const end = endOf(lines[j - 1]!);
      nodes.push({ type: "paragraph", start: line.start, end, content: runOf(source, line.start, end) });
      i = j;
    }
  }
  return nodes;
}

export type Range = { start: number; end: number };
export type NoteRange = Range & { id: string };

// Where `quote` first occurs among `texts` (searched in order): the text's index and the range.
export function findQuote(texts: readonly string[], quote: string): (Range & { index: number }) | null {
  if (quote.length === 0) return null;
  for (const [index, text] of texts.entries()) {
    const start = text.indexOf(quote);
    if (start >= 0) return { index, start, end: start + quote.length };
  }
  return null;
}

// Every run of text in the nodes, in reading order.
export function runsOf(nodes: readonly MarkdownNode[]): TextRun[] {
  return nodes.flatMap((node) => {
    if (node.type === "paragraph") return [node.content];
    if (node.type === "list") return node.items;
    return [...node.header, ...node.rows.flat()];
  });
}

// The part of `range` that is shown: trimmed to the first and last runs it overlaps (a quote may
// begin on Markdown syntax such as "- "), so its edges fall on visible text; null if none is shown.
export function clampToRuns<R extends Range>(range: R, runs: readonly TextRun[]): R | null {
  const shown = runs.filter((r) => r.text.length > 0 && r.start < range.end && r.start + r.text.length > range.start);
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) return null;
  return { ...range, start: Math.max(range.start, first.start), end: Math.min(range.end, last.start + last.text.length) };
}

// A stretch of a run with the same highlights: inside the quote or not, covered by which notes,
// and which notes' passages begin or end exactly here (where the reader puts its markers).
export type Piece = { text: string; start: number; notes: string[]; noteStarts: string[]; noteEnds: string[] };
// Consecutive pieces that are all inside the quote, or all outside it: the quote becomes one
// element within a run. `quoteStart` marks the group where the quote itself begins.
export type PieceGroup = { quote: boolean; quoteStart: boolean; pieces: Piece[] };

// Cuts a run at the edges of the quote and the notes' passages that overlap it.
export function segmentRun(run: TextRun, quote: Range | null, notes: readonly NoteRange[]): PieceGroup[] {
  const runEnd = run.start + run.text.length;
  const overlaps = (r: Range) => r.start < runEnd && r.end > run.start;
  const ranges = [...(quote && overlaps(quote) ? [quote] : []), ...notes.filter(overlaps)];
  const cuts = new Set([run.start, runEnd]);
  for (const r of ranges) for (const at of [r.start, r.end]) if (at > run.start && at < runEnd) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);

  const groups: PieceGroup[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const [from, to] = [points[k]!, points[k + 1]!];
    const covering = notes.filter((n) => n.start < to && n.end > from);
    const piece: Piece = {
      text: run.text.slice(from - run.start, to - run.start),
      start: from,
      notes: covering.map((n) => n.id),
      noteStarts: covering.filter((n) => n.start === from).map((n) => n.id),
      noteEnds: covering.filter((n) => n.end === to).map((n) => n.id),
    };
    const inQuote = quote !== null && quote.start < to && quote.end > from;
    const last = groups.at(-1);
    if (last && last.quote === inQuote) last.pieces.push(piece);
    else groups.push({ quote: inQuote, quoteStart: inQuote && quote.start === from, pieces: [piece] });
  }
  return groups;
}
