import { z } from "zod";

// Deleting an account needs the confirmation phrase typed out: there is no undo.
export const deleteAccountPhrase = "delete my account";
export const deleteAccountSchema = z.strictObject({
  confirm: z.literal(deleteAccountPhrase, { error: `Type "${deleteAccountPhrase}" to confirm.` }),
});
