import "server-only";
import { notFound } from "next/navigation";
import { rowIdSchema } from "@/lib/schemas/classes";

// What a page's dynamic segment names. A malformed id cannot name any row, and a row that is not
// there is answered the same way as one that is not the visitor's: the 404 page, so a page says
// nothing about rows its visitor may not see.

export async function rowIdParam(params: Promise<Record<string, string>>, segment = "id"): Promise<string> {
  const id = rowIdSchema.safeParse((await params)[segment]);
  if (!id.success) notFound();
  return id.data;
}

// The row the segment names, loaded by `load` with ownership in its query.
export async function rowParam<T>(params: Promise<Record<string, string>>, load: (id: string) => Promise<T | null | undefined>, segment = "id"): Promise<NonNullable<T>> {
  const row = await load(await rowIdParam(params, segment));
  if (row === null || row === undefined) notFound();
  return row;
}
