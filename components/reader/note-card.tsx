import type { PlacedNote } from "./prepare";
import { hostOf, safeHref } from "./safe-href";

// An accuracy note as the reader shows it below its passage: a labelled role="note" box that screen
// readers announce as a note, with the passage it is about, the public record and its source.
export function NoteCard({ note }: { note: PlacedNote }) {
  const href = safeHref(note.source);
  const titleId = `note-${note.id}-title`;
  return (
    <div
      role="note"
      id={`note-${note.id}`}
      aria-labelledby={titleId}
      className="scroll-mt-24 rounded-lg border-l-4 border-sky-700 bg-sky-50 p-3 text-base text-slate-900 dark:border-sky-400 dark:bg-sky-950 dark:text-slate-100"
    >
      <p id={titleId} className="font-semibold">
        Accuracy note {note.number}
      </p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        The article says: <q>{note.quote}</q>
      </p>
      <p className="mt-1">{note.text}</p>
      <p className="mt-1">
        {href ? (
          <a href={href} rel="noopener noreferrer" className="tap text-brand-700 underline dark:text-brand-100">
            Source: {hostOf(note.source)}
            <span className="sr-only"> (for accuracy note {note.number})</span>
          </a>
        ) : (
          <span>Source: {note.source}</span>
        )}
      </p>
    </div>
  );
}
