import { Link } from "@/components/ui/link";

// Shown with a 403 when a signed-in user opens a page their role may not see.
export default function Forbidden() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Not allowed</h1>
      <p>Your account cannot open this page. Instructor pages are for instructor accounts only.</p>
      <p>
        <Link href="/dashboard" className="tap text-brand-700 underline dark:text-brand-100">
          Back to your dashboard
        </Link>
      </p>
    </div>
  );
}
