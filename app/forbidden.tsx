import { BackLink } from "@/components/ui/text-link";

// Shown with a 403 when a signed-in user opens a page their role may not see.
export default function Forbidden() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Not allowed</h1>
      <p>Your account cannot open this page. Instructor pages are for instructor accounts only.</p>
      <BackLink href="/dashboard">Back to your dashboard</BackLink>
    </div>
  );
}
