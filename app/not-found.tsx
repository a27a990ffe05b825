import { Link } from "@/components/ui/link";

// Shown with a 404 for unknown pages and for records that are not the visitor's.
export default function NotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is nothing here, or it is not yours to see.</p>
      <p>
        <Link href="/" className="tap text-brand-700 underline dark:text-brand-100">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}
