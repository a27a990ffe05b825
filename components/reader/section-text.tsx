import { Fragment, type ReactNode } from "react";
import { segmentRun, type MarkdownNode, type Range, type TextRun } from "@/lib/domain/markdown";
import { NoteCard } from "./note-card";
import type { PlacedNote, PreparedSection } from "./prepare";

// One section's text: paragraphs, lists and tables from the parsed Markdown, every string rendered
// as text (React escapes it; nothing is ever parsed as HTML). The quote from the URL is wrapped in
// <mark id="quote"> so the page opens scrolled to it; passages with an accuracy note get their own
// highlight, a numbered link to the note, and the note itself right after the block.

const noteMarkClass =
  "rounded-sm bg-sky-100 text-slate-900 underline decoration-sky-700 decoration-dotted decoration-2 underline-offset-4 dark:bg-sky-900 dark:text-slate-50 dark:decoration-sky-300";

function NoteMarker({ note }: { note: PlacedNote }) {
  return (
    <sup className="ml-0.5">
      <a href={`#note-${note.id}`} className="font-semibold text-brand-700 underline dark:text-brand-100">
        <span aria-hidden="true">[{note.number}]</span>
        <span className="sr-only">(end of passage; see accuracy note {note.number})</span>
      </a>
    </sup>
  );
}

function NoteStarts({ ids, noteOf }: { ids: readonly string[]; noteOf: (id: string) => PlacedNote }) {
  return ids.map((id) => (
    <span key={id} className="sr-only">
      (passage with accuracy note {noteOf(id).number}:)
    </span>
  ));
}

function NoteEnds({ ids, noteOf }: { ids: readonly string[]; noteOf: (id: string) => PlacedNote }) {
  return ids.map((id) => <NoteMarker key={id} note={noteOf(id)} />);
}

function TextWithHighlights({ run, quote, notes }: { run: TextRun; quote: Range | null; notes: readonly PlacedNote[] }): ReactNode {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const noteOf = (id: string) => byId.get(id)!;
  return segmentRun(run, quote, notes).map((group) => {
    const first = group.pieces[0]!;
    const last = group.pieces.at(-1)!;
    const endsHere = quote !== null && group.quote && last.start + last.text.length === quote.end;
    // Note markers that fall exactly on the quote's edges go outside its <mark>, so the mark holds
    // the quoted words and nothing else.
    const startsOutside = group.quoteStart ? first.noteStarts : [];
    const endsOutside = endsHere ? last.noteEnds : [];
    const content = group.pieces.map((piece) => (
      <Fragment key={piece.start}>
        <NoteStarts ids={piece === first ? piece.noteStarts.filter((id) => !startsOutside.includes(id)) : piece.noteStarts} noteOf={noteOf} />
        {piece.notes.length > 0 ? <mark className={noteMarkClass}>{piece.text}</mark> : piece.text}
        <NoteEnds ids={piece === last ? piece.noteEnds.filter((id) => !endsOutside.includes(id)) : piece.noteEnds} noteOf={noteOf} />
      </Fragment>
    ));
    if (!group.quote) return <Fragment key={first.start}>{content}</Fragment>;
    return (
      <Fragment key={first.start}>
        <NoteStarts ids={startsOutside} noteOf={noteOf} />
        {group.quoteStart ? <span className="sr-only">(highlighted quote:)</span> : null}
        <mark id={group.quoteStart ? "quote" : undefined} className="quote-highlight scroll-mt-24 ring-2 ring-yellow-500 [&_mark]:bg-transparent [&_mark]:text-inherit">
          {content}
        </mark>
        {endsHere ? <span className="sr-only">(end of highlighted quote)</span> : null}
        <NoteEnds ids={endsOutside} noteOf={noteOf} />
      </Fragment>
    );
  });
}

function Block({ node, quote, notes }: { node: MarkdownNode; quote: Range | null; notes: readonly PlacedNote[] }) {
  const text = (run: TextRun) => <TextWithHighlights run={run} quote={quote} notes={notes} />;
  switch (node.type) {
    case "paragraph":
      return <p className="leading-relaxed">{text(node.content)}</p>;
    case "list":
      return (
        <ul className="flex list-disc flex-col gap-2 pl-6 leading-relaxed">
          {node.items.map((item) => (
            <li key={item.start}>{text(item)}</li>
          ))}
        </ul>
      );
    case "table":
      return (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr>
                {node.header.map((cell) => (
                  <th key={cell.start} scope="col" className="border-b-2 border-slate-300 p-2 font-semibold dark:border-slate-600">
                    {text(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {node.rows.map((row, r) => (
                <tr key={row[0]?.start ?? r} className="align-top">
                  {row.map((cell, c) => (
                    <td key={c} className="border-b border-slate-200 p-2 dark:border-slate-700">
                      {text(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

// The key to the note highlight, shown above a text that has notes.
export function NotesLegend() {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Passages with an accuracy note are <mark className={noteMarkClass}>underlined</mark>; each note follows its paragraph, numbered like the
      passage.
    </p>
  );
}

// A section's body with its highlights; each note follows the block where its passage begins.
export function SectionText({ section }: { section: PreparedSection }) {
  return (
    <div className="flex flex-col gap-4">
      {section.nodes.map((node) => {
        const notesHere = section.notes.filter((n) => n.start >= node.start && n.start <= node.end);
        return (
          <Fragment key={node.start}>
            <Block node={node} quote={section.quote} notes={section.notes} />
            {notesHere.length > 0 ? (
              <div className="flex flex-col gap-2">
                {notesHere.map((note) => (
                  <NoteCard key={note.id} note={note} />
                ))}
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </div>
  );
}
