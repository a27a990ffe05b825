// Declarations of API routes and server actions each carry one valid sample input, built from the
// rows of a world that the fuzzers and the authorization matrices make: an instructor's class (with
// its join code, a member, a set with one item, an assignment) and a student's attempt, card and
// study target.
export type SampleRows = {
  classId: string;
  joinCode: string;
  setId: string;
  itemId: string;
  questionId: string;
  sectionId: string;
  assignmentId: string;
  memberId: string;
  attemptId: string;
  cardId: string;
  targetId: string;
};

