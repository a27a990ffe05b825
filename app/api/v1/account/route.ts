import { NextResponse } from "next/server";
import { deleteAccountSchema } from "@/lib/schemas/account";
import { authenticate } from "@/lib/server/auth";
import { confirmPassword, passwordCheckMessages } from "@/lib/server/account-security";
import { clientAddress } from "@/lib/server/client-address";
import { deleteAccount } from "@/lib/server/data/account";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { endpoint } from "@/lib/server/endpoint";

const passwordStatus = { wrong: 403, throttled: 429, "no-password": 422 } as const;

// DELETE { confirm: "delete my account", password }: deletes the signed-in user and everything
// theirs, once the password is typed again (403 when wrong, 429 while wrong passwords are delayed).
export const DELETE = endpoint("/api/v1/account", async function DELETE(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, deleteAccountSchema);
  if (body.response) return body.response;
  const check = await confirmPassword(user.id, body.data.password, clientAddress((name) => request.headers.get(name)));
  if (check !== "ok") return NextResponse.json({ error: passwordCheckMessages[check] }, { status: passwordStatus[check] });
  if (!(await deleteAccount(user.id))) return notFoundResponse();
  return NextResponse.json({ deleted: true });
});
