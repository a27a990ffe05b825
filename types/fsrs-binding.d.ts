// Types of the FSRS optimizer's native module, copied from @open-spaced-repetition/binding 0.5.0 (its
// platform loader is not installed: it lists platform packages this registry lacks, which breaks npm ci).
declare module "@open-spaced-repetition/binding-linux-x64-gnu" {
export class BindingItemState {
  get memory(): BindingMemoryState
  get interval(): number
  toString(): string
  [Symbol.toStringTag](): string
}
export type ItemState = BindingItemState

export class BindingMemoryState {
  constructor(stability: number, difficulty: number)
  get stability(): number
  get difficulty(): number
  toString(): string
  [Symbol.toStringTag](): string
}
export type MemoryState = BindingMemoryState

export class BindingNextStates {
  get hard(): ItemState
  get good(): ItemState
  get easy(): ItemState
  get again(): ItemState
  toString(): string
  [Symbol.toStringTag](): string
}
export type NextStates = BindingNextStates

export class FSRSBinding {
  constructor(parameters?: number[])
  nextStates(currentMemoryState: BindingMemoryState | undefined | null, desiredRetention: number, daysElapsed: number): BindingNextStates
  evaluate(trainSet: Array<FSRSBindingItem>): ModelEvaluation
  memoryStateFromSM2(easeFactor: number, interval: number, sm2Retention: number): BindingMemoryState
  universalMetrics(trainSet: Array<FSRSBindingItem>, parameter?: Array<number> | undefined | null): [number, number]
}
export type FSRS = FSRSBinding

/**
 * Stores a list of reviews for a card, in chronological order. Each FSRSItem corresponds
 * to a single review, but contains the previous reviews of the card as well, after the
 * first one.
 *
 * When used during review, the last item should include the correct `delta_t`, but
 * the provided rating is ignored as all four ratings are returned by `.nextStates()`
 */
export class FSRSBindingItem {
  constructor(reviews: Array<FSRSBindingReview>)
  get reviews(): Array<FSRSBindingReview>
  get current(): FSRSBindingReview | null
  longTermReviewCnt(): number
  includeLongTermReviews(): boolean
  toString(): string
  [Symbol.toStringTag](): string
}
export type FSRSItem = FSRSBindingItem

export class FSRSBindingReview {
  constructor(rating: number, deltaT: number)
  /** 1-4 */
  get rating(): number
  /**
   * The number of days that passed
   * # Warning
   * `delta_t` for item first(initial) review must be 0
   */
  get deltaT(): number
  toString(): string
  [Symbol.toStringTag](): string
}
export type FSRSReview = FSRSBindingReview

export function computeOptimalSteps(data: Uint8Array, desiredRetention: number, decayOrParams: number | number[]): StepStatsResult

/** Calculate appropriate parameters for the provided review history. */
export function computeParameters(trainSet: Array<FSRSBindingItem>, options?: ComputeParametersOptions): Promise<number[]>

export interface ComputeParametersOptions {
  /** Whether to enable short-term memory parameters */
  enableShortTerm: boolean
  /** Number of relearning steps */
  numRelearningSteps?: number
  /** Training hyperparameters. Omitted fields use fsrs-rs defaults. */
  trainingConfig?: TrainingConfig
  progress?: (current: number, total: number) => boolean | undefined | void
  timeout?: number
}

export function convertCsvToFsrsItems(data: Uint8Array, nextDayStartsAt: number, timezone: string, offsetProvider: (ms: number, timezone: string) => number): Array<FSRSBindingItem>

/** Evaluate parameters using time-series splits. */
export function evaluateWithTimeSeriesSplits(trainSet: Array<FSRSItem>, options?: ComputeParametersOptions): Promise<ModelEvaluation>

export interface ModelEvaluation {
  logLoss: number
  rmseBins: number
}

export interface StepRatingStats {
  /** Number of data points for this rating */
  count: number
  /** Delay quartiles in seconds */
  delayQ1: number
  delayQ2: number
  delayQ3: number
  /** Retention rates for each quartile segment */
  r1: number
  r2: number
  r3: number
  r4: number
  /** Overall retention rate */
  retention: number
  /** Fitted stability in seconds */
  stability: number
}

export interface StepStatsResult {
  again?: StepRatingStats
  hard?: StepRatingStats
  good?: StepRatingStats
  againThenGood?: StepRatingStats
  goodThenAgain?: StepRatingStats
  relearning?: StepRatingStats
  /** Recommended learning steps in seconds (e.g. [60, 600] for "1m 10m") */
  recommendedLearningSteps: Array<number>
  /** Recommended relearning steps in seconds */
  recommendedRelearningSteps: Array<number>
}

export interface TrainingConfig {
  /** Number of training epochs */
  numEpochs: number
  /** Number of items per training batch */
  batchSize: number
  /** Random seed used for batch shuffling */
  seed: number
  /** Maximum review sequence length retained for training */
  maxSeqLen: number
  /** Optimizer learning rate */
  learningRate: number
  /** L2 regularization strength */
  gamma: number
}
}
