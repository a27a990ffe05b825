import { NextResponse } from "next/server";
import { createCustomQuestionSchema } from "@/lib/schemas/classes";
import { notFoundResponse } from "@/lib/server/http";
import { createCustomQuestion, customQuestionRefusal } from "@/lib/server/question-sets/questions";
import { refusalResponse } from "@/lib/server/refusal";
import { route } from "@/lib/server/route";

// POST { sectionId?, question }: saves an instructor-written question (the content schema, quote
// optional) and appends it to the set (201). 404 when the set is not the instructor's, 409 when it
// is full; in both cases nothing is saved.
export const POST = route({
  route: "/api/v1/question-sets/[id]/questions",
  who: ["instructor"],
  body: createCustomQuestionSchema,
  sample: (rows) => ({
    sectionId: rows.sectionId,
    question: {
      type: "single",
      prompt: "Which agency is HSI part of?",
      explanation: "HSI is a directorate of ICE.",
      difficulty: "medium",
      options: [{ text: "ICE", correct: true }, { text: "CBP" }],
      quote: "Homeland Security Investigations",
    },
  }),
  async handle({ user, ids: { id }, body }) {
    const saved = await createCustomQuestion(user.id, id, body.sectionId, body.question);
    if (saved.status === "no-set") return notFoundResponse("No such question set.");
    if (saved.status === "unknown-section" || saved.status === "full") return refusalResponse(customQuestionRefusal(saved));
    return NextResponse.json({ question: { id: saved.id } }, { status: 201 });
  },
});
