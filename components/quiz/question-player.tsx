"use client";

import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { draftToAnswer, initialDraft, pressDigit, sameAnswer, type Draft } from "@/lib/domain/quiz/draft";
import type { Answer } from "@/lib/schemas/answer";
import { finishQuiz, saveQuizAnswer, type AnswerActionResult } from "@/lib/server/actions/quiz";
import { sendWithBusyRetry } from "@/lib/domain/busy-retry";
import type { ItemResult, LearnerItem } from "@/lib/server/quiz/views";
import { Button } from "@/components/ui/button";
import { PendingButton } from "@/components/ui/pending-button";
import { AnswerInput } from "./answer-input";
import { useSetAnsweredCount } from "./answered-count";
import { FeedbackPanel, verdictText } from "./feedback-panel";
import { forgetKeptAnswer, keepAnswer, readKeptAnswer } from "./kept-answer";
import { newUuid } from "./uuid";

// One question of an attempt in progress. It receives only the public view (and the learner's own
// saved answer); the verdict and key arrive in the response to "Check answer" when the feedback
// policy allows it (`checkMode`: self-study practice), and never otherwise before the finish.
// Keys: digits pick options, Enter checks or moves on. Results are announced through aria-live.
//
// Exams and assignments save each answer as soon as it changes (typing: after a short pause), so
// no way of leaving the question loses it: the question buttons, a header link, the clock running
// out. A link followed while a save is still due waits for it; closing the tab with an unsaved
// answer asks first. Finishing with questions unanswered shows how many first. When the session
// has ended, the answer is kept in the tab and saved after signing in again.

type Props = {
  attemptId: string;
  item: LearnerItem;
  number: number;
  total: number;
  checkMode: boolean;
  nextHref: string | null;
  resultsHref: string;
  // Other questions of the attempt still unanswered, and where the first of them is.
  unansweredElsewhere: number;
  firstUnansweredHref: string | null;
  // Seconds until the attempt's deadline (null: no deadline).
  secondsLeft: number | null;
};

const TYPING_PAUSE_MS = 600;

// Says the verdict in words for screen readers: what was right, and the right answer when it was not.
function announcement(result: ItemResult): string {
  const verdict = verdictText(result);
  const spelling = result.spelling ? ` (${result.spelling})` : "";
  return result.correct ? `${verdict}${spelling}.` : `${verdict}. Right answer: ${result.reveal.rightAnswer.join("; ")}.`;
}

// The interactive question: input, check/next/finish buttons, feedback and the live region.
export function QuestionPlayer({ attemptId, item, number, total, checkMode, nextHref, resultsHref, unansweredElsewhere, firstUnansweredHref, secondsLeft }: Props) {
  const router = useRouter();
  const setAnsweredCount = useSetAnsweredCount();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(item.question, item.answer));
  const [saved, setSaved] = useState<Answer | null>(item.answer);
  // An ordering starts as a complete answer (the order shown); moving on without touching it must
  // not save that as the learner's answer, so only drafts the learner changed are saved on the way.
  const [touched, setTouched] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const edit = (next: Draft | ((d: Draft) => Draft)) => {
    setDraft(next);
    setTouched(true);
  };
  const [result, setResult] = useState<ItemResult | null>(item.result);
  const [message, setMessage] = useState("");
  // A verdict is also shown by the feedback panel, so its announcement is for screen readers only.
  const [messageIsVerdict, setMessageIsVerdict] = useState(false);
  const say = (text: string, verdict = false) => {
    setMessage(text);
    setMessageIsVerdict(verdict);
  };
  const [closed, setClosed] = useState(false);
  const [pending, startTransition] = useTransition();
  // Which button started the pending work, so only that one says "Checking…" or "Finishing…".
  const [busy, setBusy] = useState<"primary" | "finish">("primary");
  const submission = useRef<{ answer: string; id: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultsLinkRef = useRef<HTMLAnchorElement>(null);
  const locked = closed || (checkMode && result !== null);

  useEffect(() => headingRef.current?.focus(), []);
  // An answer kept when the session ended comes back after signing in again (then saved below).
  useEffect(() => {
    const kept = readKeptAnswer(attemptId, item.position);
    if (!kept || kept.type !== item.question.type || sameAnswer(kept, item.answer)) return forgetKeptAnswer(attemptId, item.position);
    const restore = setTimeout(() => edit(initialDraft(item.question, kept)), 0);
    return () => clearTimeout(restore);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    // After a check, focus goes to the button that moves on, so Enter continues.
    // Waits for the transition to end: the button is disabled (unfocusable) while it is pending.
    if (checkMode && result && !pending) formRef.current?.querySelector<HTMLButtonElement>("[data-primary]")?.focus();
  }, [checkMode, result, pending]);
  useEffect(() => {
    if (closed) resultsLinkRef.current?.focus();
  }, [closed]);

  // The same answer sent again (a retry after a lost response) reuses its id, so it is saved once.
  async function send(answer: Answer): Promise<AnswerActionResult> {
    const key = JSON.stringify(answer);
    if (submission.current?.answer !== key) submission.current = { answer: key, id: newUuid() };
    const answerId = submission.current.id;
    return sendWithBusyRetry(
      () => saveQuizAnswer(attemptId, { answerId, position: item.position, answer }),
      (outcome) => (outcome.kind === "busy" ? { retryAfterSeconds: outcome.retryAfterSeconds } : null),
      { onBusy: () => say("The server is busy; saving your answer again in a moment.") },
    );
  }

  // Applies a save's outcome; true when the learner may move on.
  function settle(outcome: AnswerActionResult, answer: Answer): boolean {
    if (outcome.kind === "saved") {
      setSaved(outcome.item.answer);
      setAnsweredCount(outcome.answeredCount);
      // Back and Forward show pages from the router's cache: refreshed, this question's entry holds
      // the saved answer (and in practice the verdict), not the page as it was before.
      router.refresh();
      forgetKeptAnswer(attemptId, item.position);
      setSignedOut(false);
      if (outcome.item.result) {
        setResult(outcome.item.result);
        say(announcement(outcome.item.result), true);
      } else if (!checkMode) say("Answer saved.");
      return true;
    }
    if (outcome.kind === "busy") keepAnswer(attemptId, item.position, answer);
    if (outcome.kind === "error" && outcome.signedOut) {
      keepAnswer(attemptId, item.position, answer);
      setSignedOut(true);
    }
    say(outcome.message);
    if (outcome.kind === "closed") setClosed(true);
    return false;
  }

  // The answer to save now, if the learner changed it since the last save. In practice, saving is
  // checking, so only moving on does it (`moving`), never a timer or a link.
  function unsavedAnswer(moving = false): Answer | null {
    if ((checkMode && !moving) || !touched || closed || (checkMode && result)) return null;
    const parsed = draftToAnswer(draft);
    return "missing" in parsed || sameAnswer(parsed.answer, saved) ? null : parsed.answer;
  }
  const unsaved = unsavedAnswer();
  const saving = useRef<Promise<boolean> | null>(null);

  // Saves the unsaved answer (if any); resolves true when nothing is left unsaved.
  async function flush(moving = false): Promise<boolean> {
    if (saving.current) await saving.current;
    const answer = unsavedAnswer(moving);
    if (!answer) return true;
    saving.current = send(answer).then((outcome) => settle(outcome, answer)).catch(() => {
      keepAnswer(attemptId, item.position, answer);
      say("Your answer could not be saved: check your connection. It is kept here and saved when you go on.");
      return false;
    });
    try {
      return await saving.current;
    } finally {
      saving.current = null;
    }
  }
  const flushFromTimer = useEffectEvent(() => void flush());

  // Exams: save as soon as the answer changes (a pause after typing).
  const unsavedKey = unsaved ? JSON.stringify(unsaved) : null;
  useEffect(() => {
    if (!unsavedKey) return;
    if (draft.type !== "typed") return void queueMicrotask(flushFromTimer);
    const timer = setTimeout(flushFromTimer, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [unsavedKey, draft.type]);

  // Just before the deadline, whatever is typed is saved, so it is graded.
  useEffect(() => {
    if (secondsLeft === null || checkMode) return;
    const timer = setTimeout(flushFromTimer, Math.max(0, secondsLeft * 1000 - 2000));
    return () => clearTimeout(timer);
  }, [secondsLeft, checkMode]);

  // Following any link (question buttons, header) waits for the answer to be saved; closing or
  // reloading the tab with an unsaved answer asks first.
  useEffect(() => {
    if (checkMode) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      // Signed out, the answer is kept in the tab: the way to sign in again must not wait for a save.
      if (signedOut || (!unsavedAnswer() && !saving.current)) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      void flush().then((ok) => {
        if (ok) router.push(`${url.pathname}${url.search}${url.hash}`);
      });
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (unsavedAnswer() && !signedOut) event.preventDefault();
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onLeave);
    };
  });

  function check() {
    const parsed = draftToAnswer(draft);
    if ("missing" in parsed) return say(parsed.missing);
    startTransition(async () => {
      settle(await send(parsed.answer), parsed.answer);
    });
  }

  // Exam (and assignment) flow: save the answer if it changed, then go on.
  function saveThen(go: () => Promise<void> | void) {
    startTransition(async () => {
      if (!(await flush(true))) return;
      await go();
    });
  }

  // The current question counts as answered once an answer is saved or about to be.
  const unansweredCount = unansweredElsewhere + (saved === null && !unsaved ? 1 : 0);
  const finish = () => {
    if (!checkMode && unansweredCount > 0 && !confirmingFinish) {
      setConfirmingFinish(true);
      return;
    }
    saveThen(async () => {
      const outcome = await finishQuiz(attemptId);
      if (outcome.ok) router.push(resultsHref);
      else {
        if (outcome.signedOut) setSignedOut(true);
        say(outcome.message);
      }
    });
  };
  const next = () => (nextHref ? saveThen(() => router.push(nextHref)) : finish());

  function primary() {
    if (pending || closed) return;
    setBusy("primary");
    if (checkMode && !result) check();
    else next();
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const tag = target.tagName;
    const typing = tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && !["radio", "checkbox"].includes((target as HTMLInputElement).type));
    if (/^[1-9]$/.test(event.key) && !typing) {
      const next = pressDigit(draft, item.question, Number(event.key));
      if (!locked && next !== draft) edit(next);
      event.preventDefault();
    } else if (event.key === "Enter" && !typing && tag !== "BUTTON" && tag !== "A") {
      event.preventDefault();
      primary();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const showCheck = checkMode && !result;
  const primaryLabel = showCheck ? "Check answer" : nextHref ? "Next question" : "Finish quiz";
  return (
    <form
      ref={formRef}
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        primary();
      }}
    >
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        Question {number} of {total}
      </h2>
      <AnswerInput
        view={item.question}
        draft={draft}
        onChange={edit}
        disabled={locked || pending}
        announce={say}
        checked={checkMode && result ? { rightShown: result.reveal.rightShown, correct: result.correct } : null}
      />
      <p role="status" aria-live="polite" className={messageIsVerdict ? "sr-only" : "min-h-6 font-medium"}>
        {message}
      </p>
      {checkMode && result ? <FeedbackPanel result={result} /> : null}
      {signedOut ? (
        <p>
          <a href={`/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${attemptId}?q=${number}`)}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
            Sign in again and return to question {number}
          </a>
        </p>
      ) : null}
      {confirmingFinish && !closed ? (
        <section aria-labelledby="finish-summary" className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <h3 id="finish-summary" className="font-semibold" tabIndex={-1} ref={(node) => node?.focus()}>
            {unansweredCount} of {total} {total === 1 ? "question" : "questions"} unanswered
          </h3>
          <p>Unanswered questions score 0. Once you finish, you cannot change your answers.</p>
          <div className="flex flex-wrap gap-3">
            <PendingButton type="button" pending={pending} pendingLabel="Finishing…" onClick={finish}>
              Finish anyway
            </PendingButton>
            {firstUnansweredHref && saved !== null ? (
              <a href={firstUnansweredHref} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-medium dark:border-slate-600">
                Go to the first unanswered question
              </a>
            ) : (
              <Button type="button" variant="secondary" onClick={() => setConfirmingFinish(false)}>
                Keep answering
              </Button>
            )}
          </div>
        </section>
      ) : null}
      {closed ? (
        <p>
          <a ref={resultsLinkRef} href={resultsHref} className="tap text-brand-700 underline dark:text-brand-100">
            See your results
          </a>
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          <PendingButton type="submit" data-primary="" pending={pending && busy === "primary"} disabled={pending} pendingLabel={showCheck ? "Checking…" : !nextHref ? "Finishing…" : checkMode ? "Loading…" : "Saving…"}>
            {primaryLabel}
          </PendingButton>
          {primaryLabel !== "Finish quiz" ? (
            <PendingButton
              type="button"
              variant="secondary"
              pending={pending && busy === "finish"}
              disabled={pending}
              pendingLabel="Finishing…"
              onClick={() => {
                setBusy("finish");
                finish();
              }}
            >
              Finish quiz
            </PendingButton>
          ) : null}
        </div>
      )}
      <p className="text-sm text-slate-600 pointer-coarse:hidden dark:text-slate-400">Keys: 1–9 pick an option, Enter {checkMode ? "checks or moves on" : "saves and moves on"}.</p>
    </form>
  );
}
