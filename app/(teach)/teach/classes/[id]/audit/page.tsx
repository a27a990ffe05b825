import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AuditEntry } from "@/components/teach/audit-entry";
import { AUDIT_PAGE_SIZE, auditQuerySchema } from "@/lib/schemas/audit";
import { requireRole } from "@/lib/server/auth";
import { listAuditEvents } from "@/lib/server/data/audit";
import { getClassForInstructor } from "@/lib/server/data/classes";
import { rowIdParam } from "@/lib/server/page-params";

export const metadata: Metadata = { title: "Audit log" };

const linkClass = "text-brand-700 underline dark:text-brand-100";

// The class's audit log: assignment, roster and join-code changes, newest first, 50 a page.
// Another instructor's class is a 404; a student gets the 403 page.
export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("instructor");
  const id = await rowIdParam(params);
  const query = auditQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const [klass, log] = await Promise.all([getClassForInstructor(user.id, id), listAuditEvents(user.id, id, query.data.page, AUDIT_PAGE_SIZE)]);
  if (!klass || !log) notFound();
  const page = query.data.page;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${klass.id}`} className={linkClass}>
          {klass.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="text-slate-700 dark:text-slate-300">Changes to assignments, the roster and the join code, newest first. Times are in your time zone.</p>
      {log.events.length === 0 ? (
        <p>{page === 1 ? "Nothing recorded yet." : "No events on this page."}</p>
      ) : (
        <ol className="flex flex-col" aria-label="Audit events">
          {log.events.map((event) => (
            <AuditEntry key={event.id} event={event} />
          ))}
        </ol>
      )}
      {page > 1 || log.hasMore ? (
        <nav aria-label="Audit log pages" className="flex gap-6">
          {page > 1 ? (
            <Link href={`/teach/classes/${klass.id}/audit?page=${page - 1}`} className={linkClass}>
              Newer events
            </Link>
          ) : null}
          {log.hasMore ? (
            <Link href={`/teach/classes/${klass.id}/audit?page=${page + 1}`} className={linkClass}>
              Older events
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
