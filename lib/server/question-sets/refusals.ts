import "server-only";
import { MAX_SET_ITEMS } from "@/lib/schemas/classes";
import type { Refusal } from "@/lib/server/refusal";

// What the set editor refuses and why, in words the page, the action and the API share. Kept apart
// from sets.ts and questions.ts, which both refuse with them.

// Why a set cannot be deleted yet, for the page, the action and the API alike.
export function setInUseMessage(assignments: number): string {
  return `This set is used by ${assignments} ${assignments === 1 ? "assignment" : "assignments"}. Delete ${assignments === 1 ? "it" : "them"} first.`;
}

export function setInUseRefusal(assignments: number): Refusal {
  return { status: 409, message: setInUseMessage(assignments), extra: { assignments } };
}

// An item that names no usable question or section (another instructor's, retired, unknown).
export function missingItemRefusal(kind: "question" | "random"): Refusal {
  return kind === "random"
    ? { status: 404, message: "No such section: choose a section of the article.", field: { name: "sectionId", message: "Choose a section." } }
    : { status: 404, message: "No such question: it may have been retired or be another instructor's." };
}

// A set holds at most MAX_SET_ITEMS items: nothing more is added, by hand or by the API.
export const setFullRefusal: Refusal = { status: 409, message: `This set is full: a set holds at most ${MAX_SET_ITEMS} items.` };
