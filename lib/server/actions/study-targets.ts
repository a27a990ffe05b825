"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { createStudyTargetSchema } from "@/lib/schemas/study-targets";
import { formAction, noInput, statefulFormAction } from "@/lib/server/action";
import { deleteOwnTarget } from "@/lib/server/data/study-targets";
import { refusalState } from "@/lib/server/refusal";
import { createStudyTarget, targetRefusal } from "@/lib/server/review/targets";
import { studyTargetFromForm, text } from "@/lib/server/forms";

// A learner's own study targets (study for a date), from the form on /progress.

// Adds a target: the ticked sections, a date after today, a target recall in percent.
export const createStudyTargetAction = statefulFormAction({
  who: "signed-in",
  schema: createStudyTargetSchema,
  read: studyTargetFromForm,
  sample: (rows) => ({ sections: [rows.sectionId], date: "2099-06-01", targetRecall: "90" }),
  invalid: "Check the target.",
  handle: async ({ user, input, formData }) => {
    const outcome = await createStudyTarget(user.id, input, new Date());
    if (outcome.status === "invalid") return refusalState(targetRefusal(outcome), formData);
    revalidatePath("/progress");
    return { ok: true, message: "Target added: your review queue now works toward it.", errors: {} };
  },
});

// Deletes one of the learner's own targets (another's is not found).
export const deleteStudyTargetAction = formAction({
  who: "signed-in",
  ids: { targetId: "study-targets" },
  destructive: true,
  parse: noInput,
  sample: (rows) => ({ targetId: rows.targetId }),
  handle: async ({ user, formData }) => {
    if (!(await deleteOwnTarget(user.id, text(formData, "targetId")!))) notFound();
    revalidatePath("/progress");
  },
});
