import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Teach" };

// The instructor home: classes, question sets and assignments.
export default async function TeachPage() {
  const user = await requireRole("instructor");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Teach</h1>
      <p>Signed in as {user.name}, instructor.</p>
    </div>
  );
}
