import { NextResponse } from "next/server";
import { deleteAccountSchema } from "@/lib/schemas/account";
import { confirmPassword, passwordCheckMessages } from "@/lib/server/account-security";
import { clientAddress } from "@/lib/server/client-address";
import { deleteAccount } from "@/lib/server/data/account";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";

const passwordStatus = { wrong: 403, throttled: 429, "no-password": 422 } as const;

// DELETE { confirm: "delete my account", password }: deletes the signed-in user and everything
// theirs, once the password is typed again (403 when wrong, 429 while wrong passwords are delayed).
export const DELETE = route({
  route: "/api/v1/account",
  who: "signed-in",
  body: deleteAccountSchema,
  sample: () => ({ confirm: "delete my account", password: "not the password" }),
  async handle({ user, body, request }) {
    const check = await confirmPassword(user.id, body.password, clientAddress((name) => request.headers.get(name)));
    if (check !== "ok") return NextResponse.json({ error: passwordCheckMessages[check] }, { status: passwordStatus[check] });
    if (!(await deleteAccount(user.id))) return notFoundResponse();
    return NextResponse.json({ deleted: true });
  },
});
