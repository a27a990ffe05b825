import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { requireUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Join a class" };

// A class's join link. Signed-out visitors are sent to sign-in (or on to sign-up) and come back
// here; a student then joins with one button, through the same action and throttle as typing the
// code under Classes. Joining is a POST, so a link preview or prefetch never enrols anyone.
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const code = normalizeJoinCode((await params).code).slice(0, 20);
  if (user.role === "instructor") {
    return (
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-3xl font-bold">Join a class</h1>
        <p>This link is for students: you are signed in as an instructor. Share it with your students, or manage your classes under Teach.</p>
        <p>
          <Link href="/teach" className="tap text-brand-700 underline dark:text-brand-100">
            Teach
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Join a class</h1>
      <p>Your instructor&apos;s link filled in the class code. Join to see the class&apos;s assignments.</p>
      <JoinClassForm code={code} />
    </div>
  );
}
