import "server-only";
import { z } from "zod";
import type { AuditAction, AuditSubjectType } from "@/lib/domain/audit";
import { db } from "@/lib/server/db";
import { readJson } from "./json-column";

// The class audit log. Writers call recordAuditEvent with the transaction of the change they
// record, so the change and its event commit together or not at all. Rows have no foreign keys:
// they outlive the class, the actor and the subject (names are snapshots).

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type NewAuditEvent = {
  classId: string | null;
  actorId: string;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  subjectLabel: string;
  setId?: string | null;
  details?: Record<string, unknown>;
};

// Writes one event inside `tx`, with the actor's name and email as they are now. An actor who is
// not there throws, which rolls the change back: no change goes unrecorded.
export async function recordAuditEvent(tx: Tx, event: NewAuditEvent): Promise<void> {
  const actor = await tx.user.findUniqueOrThrow({ where: { id: event.actorId }, select: { name: true, email: true } });
  const { details = {}, setId = null, ...rest } = event;
  await tx.auditEvent.create({ data: { ...rest, setId, actorName: actor.name, actorEmail: actor.email, details: JSON.stringify(details) } });
}

export const FORGOTTEN_NAME = "Deleted account";

// Takes a deleting user's name and email out of the events that name them (as the one who acted,
// or the student a roster event is about), inside the account deletion's transaction: the log
// keeps that something happened and when, not who the person was.
export async function forgetUserInAuditLog(tx: Tx, userId: string): Promise<void> {
  await tx.auditEvent.updateMany({ where: { actorId: userId }, data: { actorName: FORGOTTEN_NAME, actorEmail: "" } });
  await tx.auditEvent.updateMany({ where: { subjectType: "member", subjectId: userId }, data: { subjectLabel: FORGOTTEN_NAME, details: "{}" } });
}

// The classes whose assignments drew from the set, as the log knows them (their "created" events).
export async function classesServedBySet(tx: Tx, setId: string): Promise<string[]> {
  const rows = await tx.auditEvent.findMany({ where: { setId, classId: { not: null } }, distinct: ["classId"], select: { classId: true } });
  return rows.flatMap((r) => (r.classId ? [r.classId] : []));
}

const detailsSchema = z.record(z.string(), z.unknown()).catch({});

export type AuditEventView = {
  id: string;
  action: string;
  actor: { id: string; name: string; email: string };
  subject: { type: string; id: string; label: string };
  details: Record<string, unknown>;
  createdAt: Date;
};

// A page of the instructor's class's events, newest first, and whether older ones follow; null
// when the class is not theirs (another instructor's class, or deleted).
export async function listAuditEvents(instructorId: string, classId: string, page: number, pageSize: number): Promise<{ events: AuditEventView[]; hasMore: boolean } | null> {
  const owned = await db.class.count({ where: { id: classId, instructorId } });
  if (owned === 0) return null;
  const rows = await db.auditEvent.findMany({
    where: { classId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
  });
  const events = rows.slice(0, pageSize).map((r) => ({
    id: r.id,
    action: r.action,
    actor: { id: r.actorId, name: r.actorName, email: r.actorEmail },
    subject: { type: r.subjectType, id: r.subjectId, label: r.subjectLabel },
    details: readJson(detailsSchema, r.details) ?? {},
    createdAt: r.createdAt,
  }));
  return { events, hasMore: rows.length > pageSize };
}

