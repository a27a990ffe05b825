import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { LoadedContent } from "@/lib/content/load";

// Brings the database's copy of the content in line with content/, by stable id and idempotently:
// unchanged rows are not written, edited rows are updated in place (attempts and review history
// keep pointing at the same id), and rows removed from the files are retired, never deleted.

export type SyncSummary = { sections: number; created: number; updated: number; retired: number; unchanged: number };

const hashOf = (value: unknown) => crypto.createHash("sha256").update(JSON.stringify(value)).digest("hex");

// Syncs sections, notes, questions and flashcards; takes `db` so scripts and tests can pass theirs.
export async function syncContent(db: Db, content: Pick<LoadedContent, "sections" | "banks">, now = new Date()): Promise<SyncSummary> {
  const summary: SyncSummary = { sections: content.sections.length, created: 0, updated: 0, retired: 0, unchanged: 0 };
  const positionOf = new Map(content.sections.map((s, i) => [s.id, (i + 1) * 1000]));

  const questions = content.banks.flatMap(({ bank }) =>
    bank.questions.map((q, i) => ({
      id: q.id,
      sectionId: bank.section,
      type: q.type,
      difficulty: q.difficulty,
      prompt: q.prompt,
      data: JSON.stringify(q),
      noteId: q.note ?? null,
      position: (positionOf.get(bank.section) ?? 0) + i,
      contentHash: hashOf(q),
    })),
  );
  const flashcards = content.banks.flatMap(({ bank }) =>
    bank.flashcards.map((card, i) => ({
      id: card.id,
      sectionId: bank.section,
      kind: card.kind,
      data: JSON.stringify(card),
      noteId: card.note ?? null,
      position: (positionOf.get(bank.section) ?? 0) + i,
      contentHash: hashOf(card),
    })),
  );
  const notes = content.banks.flatMap(({ bank }) => bank.notes.map((n) => ({ ...n, sectionId: bank.section })));

  const [existingQuestions, existingCards, existingNotes] = await Promise.all([
    db.question.findMany({ where: { ownerId: null }, select: { id: true, contentHash: true, retiredAt: true } }),
    db.flashcard.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    db.note.findMany({ select: { id: true } }),
  ]);
  const qById = new Map(existingQuestions.map((q) => [q.id, q]));
  const fById = new Map(existingCards.map((f) => [f.id, f]));

  await db.$transaction(async (tx) => {
    for (const [i, s] of content.sections.entries()) {
      const data = { title: s.title, level: s.level, parentId: s.parent, position: i + 1, body: s.body };
      await tx.section.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
    }
    const noteIds = new Set(notes.map((n) => n.id));
    for (const n of notes) {
      const data = { sectionId: n.sectionId, quote: n.quote, text: n.text, source: n.source, retiredAt: null };
      await tx.note.upsert({ where: { id: n.id }, create: { id: n.id, ...data }, update: data });
    }
    const goneNotes = existingNotes.filter((n) => !noteIds.has(n.id)).map((n) => n.id);
    if (goneNotes.length) await tx.note.updateMany({ where: { id: { in: goneNotes }, retiredAt: null }, data: { retiredAt: now } });

    for (const q of questions) {
      const old = qById.get(q.id);
      if (old && old.contentHash === q.contentHash && old.retiredAt === null) {
        summary.unchanged += 1;
        continue;
      }
      if (old) summary.updated += 1;
      else summary.created += 1;
      await tx.question.upsert({ where: { id: q.id }, create: q, update: { ...q, retiredAt: null } });
    }
    for (const f of flashcards) {
      const old = fById.get(f.id);
      if (old && old.contentHash === f.contentHash && old.retiredAt === null) {
        summary.unchanged += 1;
        continue;
      }
      if (old) summary.updated += 1;
      else summary.created += 1;
      await tx.flashcard.upsert({ where: { id: f.id }, create: f, update: { ...f, retiredAt: null } });
    }
    const questionIds = new Set(questions.map((q) => q.id));
    const cardIds = new Set(flashcards.map((f) => f.id));
    const retiredQ = existingQuestions.filter((q) => !questionIds.has(q.id) && q.retiredAt === null).map((q) => q.id);
    const retiredF = existingCards.filter((f) => !cardIds.has(f.id) && f.retiredAt === null).map((f) => f.id);
    if (retiredQ.length) await tx.question.updateMany({ where: { id: { in: retiredQ } }, data: { retiredAt: now } });
    if (retiredF.length) await tx.flashcard.updateMany({ where: { id: { in: retiredF } }, data: { retiredAt: now } });
    summary.retired = retiredQ.length + retiredF.length;
  }, { timeout: 60_000 });
  return summary;
}
