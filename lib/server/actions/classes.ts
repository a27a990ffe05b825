"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { createClassSchema, joinClassSchema, joinCodeActionSchema } from "@/lib/schemas/classes";
import { formAction, noInput, statefulFormAction } from "@/lib/server/action";
import { createClass, deleteClass, removeMember, renameClass, restoreMember, setJoinCode } from "@/lib/server/data/classes";
import { joinClassWithCode, joinRefusal } from "@/lib/server/classes/join";
import { refusalState } from "@/lib/server/refusal";
import { text, textFields } from "@/lib/server/forms";
import { newJoinCode } from "@/lib/server/classes/join-codes";

// Class actions. Instructors only (students get the 403 page), and the instructor is in every
// query, so a class that is not theirs is a 404, never a change.

const instructor = ["instructor"] as const;
const className = { schema: createClassSchema, read: (formData: FormData) => ({ name: text(formData, "name") }) };
const classIdOf = (formData: FormData) => text(formData, "classId")!;

// Creates a class for the signed-in instructor and opens it.
export const createClassAction = statefulFormAction({
  who: instructor,
  ...className,
  sample: () => ({ name: "Period 2" }),
  invalid: "Check the class name.",
  handle: async ({ user, input }) => {
    const created = await createClass(user.id, input.name, newJoinCode);
    revalidatePath("/teach");
    redirect(`/teach/classes/${created.id}`);
  },
});

// Renames the instructor's class in place.
export const renameClassAction = statefulFormAction({
  who: instructor,
  ids: { classId: "classes/[id]" },
  ...className,
  sample: (rows) => ({ classId: rows.classId, name: "Period 3" }),
  invalid: "Check the class name.",
  handle: async ({ user, input, formData }) => {
    const classId = classIdOf(formData);
    if (!(await renameClass(user.id, classId, input.name))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
    return { ok: true, message: "Name saved.", errors: {} };
  },
});

// Deletes the instructor's class with its roster and assignments, then shows the Teach page.
export const deleteClassAction = formAction({
  who: instructor,
  ids: { classId: "classes/[id]" },
  destructive: true,
  parse: noInput,
  sample: (rows) => ({ classId: rows.classId }),
  handle: async ({ user, formData }) => {
    if (!(await deleteClass(user.id, classIdOf(formData)))) notFound();
    revalidatePath("/teach");
    redirect("/teach");
  },
});

// Regenerates the join code (the old one stops working) or turns joining off.
export const updateJoinCodeAction = formAction({
  who: instructor,
  ids: { classId: "classes/[id]" },
  schema: joinCodeActionSchema,
  read: textFields("action"),
  sample: (rows) => ({ classId: rows.classId, action: "regenerate" }),
  handle: async ({ user, input, formData }) => {
    const classId = classIdOf(formData);
    if (!(await setJoinCode(user.id, classId, input.action, newJoinCode))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
  },
});

// Removes a student from the instructor's class (kept in the gradebook as removed, restorable).
export const removeMemberAction = membershipAction((instructorId, classId, userId) => removeMember(instructorId, classId, userId, new Date()));

// Restores a student the instructor removed.
export const restoreMemberAction = membershipAction(restoreMember);

function membershipAction(change: (instructorId: string, classId: string, userId: string) => Promise<boolean>) {
  return formAction({
    who: instructor,
    ids: { classId: "classes/[id]", userId: "members/[userId]" },
    schema: z.object({ userId: z.string() }),
    read: textFields("userId"),
    sample: (rows) => ({ classId: rows.classId, userId: rows.memberId }),
    handle: async ({ user, input, formData }) => {
      const classId = classIdOf(formData);
      if (!(await change(user.id, classId, input.userId))) notFound();
      revalidatePath(`/teach/classes/${classId}`);
      revalidatePath(`/teach/classes/${classId}/gradebook`);
    },
  });
}

// A student joins a class with its code, then lands on the class page.
export const joinClassAction = statefulFormAction({
  who: ["student"],
  schema: joinClassSchema,
  read: (formData: FormData) => ({ code: text(formData, "code") ?? "" }),
  sample: (rows) => ({ code: rows.joinCode }),
  invalid: "Check the class code.",
  handle: async ({ user, input, formData }) => {
    const outcome = await joinClassWithCode(user.id, input.code);
    if (outcome.status !== "joined") return refusalState(joinRefusal(outcome), formData);
    revalidatePath("/classes");
    revalidatePath("/dashboard");
    redirect(`/classes/${outcome.class.id}`);
  },
});
