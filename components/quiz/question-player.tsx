"use client";

import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { draftToAnswer, initialDraft, pressDigit, sameAnswer, type Draft } from "@/lib/domain/quiz/draft";
import type { Answer } from "@/lib/schemas/answer";
import { finishQuiz, saveQuizAnswer, type AnswerActionResult } from "@/lib/server/actions/quiz";
import type { ItemResult, LearnerItem } from "@/lib/server/quiz/views";
import { Button } from "@/components/ui/button";
import { AnswerInput } from "./answer-input";
import { FeedbackPanel, verdictText } from "./feedback-panel";
import { newUuid } from "./uuid";

// One question of an attempt in progress. It receives only the public view (and the learner's own
// saved answer); the verdict and key arrive in the response to "Check answer" when the feedback
// policy allows it (`checkMode`: self-study practice), and never otherwise before the finish.
// Keys: digits pick options, Enter checks or moves on. Results are announced through aria-live.

type Props = {
  attemptId: string;
  item: LearnerItem;
  number: number;
  total: number;
  checkMode: boolean;
  nextHref: string | null;
  resultsHref: string;
};

// Says the verdict in words for screen readers: what was right, and the right answer when it was not.
function announcement(result: ItemResult): string {
  const verdict = verdictText(result);
  const spelling = result.spelling ? ` (${result.spelling})` : "";
  return result.correct ? `${verdict}${spelling}.` : `${verdict}. Right answer: ${result.reveal.rightAnswer.join("; ")}.`;
}

// The interactive question: input, check/next/finish buttons, feedback and the live region.
export function QuestionPlayer({ attemptId, item, number, total, checkMode, nextHref, resultsHref }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(item.question, item.answer));
  const [saved, setSaved] = useState<Answer | null>(item.answer);
  // An ordering starts as a complete answer (the order shown); moving on without touching it must
  // not save that as the learner's answer, so only drafts the learner changed are saved on the way.
  const [touched, setTouched] = useState(false);
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
  const submission = useRef<{ answer: string; id: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultsLinkRef = useRef<HTMLAnchorElement>(null);
  const locked = closed || (checkMode && result !== null);

  useEffect(() => headingRef.current?.focus(), []);
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
    return saveQuizAnswer(attemptId, { answerId: submission.current.id, position: item.position, answer });
  }

  // Applies a save's outcome; true when the learner may move on.
  function settle(outcome: AnswerActionResult): boolean {
    if (outcome.kind === "saved") {
      setSaved(outcome.item.answer);
      if (outcome.item.result) {
        setResult(outcome.item.result);
        say(announcement(outcome.item.result), true);
      }
      return true;
    }
    say(outcome.message);
    if (outcome.kind === "closed") setClosed(true);
    return false;
  }

  function check() {
    const parsed = draftToAnswer(draft);
    if ("missing" in parsed) return say(parsed.missing);
    startTransition(async () => {
      settle(await send(parsed.answer));
    });
  }

  // Exam (and assignment) flow: save the answer if it changed, then go on.
  function saveThen(go: () => Promise<void> | void) {
    const parsed = draftToAnswer(draft);
    startTransition(async () => {
      if (touched && !("missing" in parsed) && !sameAnswer(parsed.answer, saved)) {
        if (!settle(await send(parsed.answer))) return;
      }
      await go();
    });
  }

  const finish = () =>
    saveThen(async () => {
      const outcome = await finishQuiz(attemptId);
      if (outcome.ok) router.push(resultsHref);
      else say(outcome.message);
    });
  const next = () => (nextHref ? saveThen(() => router.push(nextHref)) : finish());

  function primary() {
    if (pending || closed) return;
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
      <AnswerInput view={item.question} draft={draft} onChange={edit} disabled={locked || pending} announce={say} />
      <p role="status" aria-live="polite" className={messageIsVerdict ? "sr-only" : "min-h-6 font-medium"}>
        {message}
      </p>
      {checkMode && result ? <FeedbackPanel result={result} /> : null}
      {closed ? (
        <p>
          <a ref={resultsLinkRef} href={resultsHref} className="text-brand-700 underline dark:text-brand-100">
            See your results
          </a>
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" data-primary="" disabled={pending}>
            {primaryLabel}
          </Button>
          {primaryLabel !== "Finish quiz" ? (
            <Button type="button" variant="secondary" disabled={pending} onClick={finish}>
              Finish quiz
            </Button>
          ) : null}
        </div>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">Keys: 1–9 pick an option, Enter {checkMode ? "checks or moves on" : "saves and moves on"}.</p>
    </form>
  );
}
