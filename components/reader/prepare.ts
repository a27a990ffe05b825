import { clampToRuns, findQuote, parseMarkdown, runsOf, type MarkdownNode, type NoteRange, type Range } from "@/lib/domain/markdown";

// Turns the sections shown on one reader page into what the renderer needs: parsed nodes, where
// the requested quote is (its first occurrence across the page, in reading order) and where each
// accuracy note's passage is, numbered in reading order.

export type PlacedNote = NoteRange & { number: number; sectionId: string; quote: string; text: string; source: string };
export type PreparedSection = { id: string; nodes: MarkdownNode[]; quote: Range | null; notes: PlacedNote[] };
export type PreparedPage = { sections: Map<string, PreparedSection>; unplacedNotes: PlacedNote[]; quoteFound: boolean };

type NoteInput = { id: string; sectionId: string; quote: string; text: string; source: string };

// Prepares the page's sections (in reading order) with their notes and the quote from the URL.
export function prepareReader(sections: readonly { id: string; body: string }[], notes: readonly NoteInput[], quote: string | null): PreparedPage {
  const parsed = sections.map((s) => ({ id: s.id, body: s.body, nodes: parseMarkdown(s.body) }));
  const runs = parsed.map((s) => runsOf(s.nodes));
  const found = quote ? findQuote(parsed.map((s) => s.body), quote) : null;
  const quoteRange = found ? clampToRuns({ start: found.start, end: found.end }, runs[found.index]!) : null;

  const placed: (Omit<PlacedNote, "number"> & { order: number })[] = [];
  const unplaced: NoteInput[] = [];
  for (const note of notes) {
    const index = parsed.findIndex((s) => s.id === note.sectionId);
    const start = index >= 0 ? parsed[index]!.body.indexOf(note.quote) : -1;
    const range = start >= 0 ? clampToRuns({ id: note.id, start, end: start + note.quote.length }, runs[index]!) : null;
    if (range) placed.push({ ...note, ...range, order: index * 1e9 + range.start });
    else unplaced.push(note);
  }
  placed.sort((a, b) => a.order - b.order || a.end - b.end);
  const numbered: PlacedNote[] = placed.map((note, i) => ({
    id: note.id,
    sectionId: note.sectionId,
    quote: note.quote,
    text: note.text,
    source: note.source,
    start: note.start,
    end: note.end,
    number: i + 1,
  }));
  const unplacedNotes = unplaced.map((note, i) => ({ ...note, start: 0, end: 0, number: numbered.length + i + 1 }));

  return {
    sections: new Map(
      parsed.map((s, i) => [
        s.id,
        { id: s.id, nodes: s.nodes, quote: found && quoteRange && found.index === i ? quoteRange : null, notes: numbered.filter((n) => n.sectionId === s.id) },
      ]),
    ),
    unplacedNotes,
    quoteFound: quoteRange !== null,
  };
}
