"use server";

import { deleteAccountSchema } from "@/lib/schemas/account";
import { requireUser } from "@/lib/server/auth";
import { deleteAccount } from "@/lib/server/data/account";
import { fieldErrors, type FormState } from "@/lib/server/form-state";
import { requireFormData } from "@/lib/server/form-data";

// Deletes the signed-in user's account after the typed confirmation; the form then signs out.
export async function deleteMyAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = deleteAccountSchema.safeParse({ confirm: formData.get("confirm") });
  if (!parsed.success) return { ok: false, message: "Your account was not deleted.", errors: fieldErrors(parsed.error) };
  await deleteAccount(user.id);
  return { ok: true, message: "Your account and all its data were deleted.", errors: {} };
}
