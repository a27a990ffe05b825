import { State, type Card } from "ts-fsrs";

// The scheduling state of one flashcard, independent of ts-fsrs and of the database: the data
// layer maps its columns to this type, the scheduler maps it to a ts-fsrs Card and back.

export const CARD_STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
};

const toName: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const toEnum: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

// Dates are mutable objects: copying them keeps snapshots (undo) from being changed through an alias.
const copyDate = (d: Date): Date => new Date(d.getTime());

// A card never studied, due at once (same values as ts-fsrs createEmptyCard).
export function newCardState(now: Date): CardState {
  return {
    due: copyDate(now),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: "new",
    lastReview: null,
  };
}

// A deep copy, so the caller can keep a "before" snapshot that later edits cannot reach.
export function cloneCardState(card: CardState): CardState {
  return { ...card, due: copyDate(card.due), lastReview: card.lastReview ? copyDate(card.lastReview) : null };
}

// Converts to the ts-fsrs Card the scheduler works on.
export function toFsrsCard(card: CardState): Card {
  const fsrsCard: Card = {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: toEnum[card.state],
  };
  // ts-fsrs models "never reviewed" as an absent last_review, not null.
  if (card.lastReview) fsrsCard.last_review = copyDate(card.lastReview);
  return fsrsCard;
}

// Converts a ts-fsrs Card (a scheduling result) back to the plain state.
export function fromFsrsCard(card: Card): CardState {
  return {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toName[card.state],
    lastReview: card.last_review ? copyDate(card.last_review) : null,
  };
}
