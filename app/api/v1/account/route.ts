import { NextResponse } from "next/server";
import { deleteAccountSchema } from "@/lib/schemas/account";
import { authenticate } from "@/lib/server/auth";
import { deleteAccount } from "@/lib/server/data/account";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";

// DELETE { confirm: "delete my account" }: deletes the signed-in user and everything theirs.
export async function DELETE(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, deleteAccountSchema);
  if (body.response) return body.response;
  if (!(await deleteAccount(user.id))) return notFoundResponse();
  return NextResponse.json({ deleted: true });
}
