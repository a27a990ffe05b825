import { rowIdSchema } from "@/lib/schemas/classes";
import type { IdKind, SampleRows } from "@/lib/server/action";
import type { OptimizeState } from "@/lib/server/actions/review";
import { text } from "@/lib/server/forms";
import type { Mine } from "@/tests/api-fuzz/fixtures";
import { discoverActions } from "@/tests/support/actions";
import type { Fields } from "./inputs";
import type { Verdict } from "./check";

// Every server action as the fuzzer calls it, read from the action's own declaration
// (lib/server/action.ts): who may call it (the persona), one valid input (its sample), which inputs
// name rows, and `accepts`, the action's own parser, which tells the malformed inputs, to be refused,
// from the valid ones. Nothing here lists actions: a new one is fuzzed as soon as it is declared.

export type Persona = "anonymous" | "student" | "instructor" | "victim";
export type { IdKind };
// The persona's ids, plus an extra student (enrolled in the instructor's class) whom the actions
// that remove or grade a member act on, and a quiz of typed questions (so that free text reaches
// grading and the database).
export type Ctx = Mine & { victimId: string; typedAttemptId: string };

type Common = { persona: Persona; ids?: Record<string, IdKind>; verdict?: (result: unknown) => Verdict; destructive?: true };
export type FormEntry = Common & { form: true; sample: (c: Ctx) => Fields; run: (data: FormData, previous: unknown) => Promise<unknown>; accepts: (data: FormData) => boolean };
export type ArgsEntry = Common & { form: false; sample: (c: Ctx) => unknown[]; run: (...args: unknown[]) => Promise<unknown>; accepts?: (args: unknown[]) => boolean };
export type Entry = FormEntry | ArgsEntry;

// The account actions change their caller's password, email or sessions: a user of their own.
const VICTIM_ACTIONS = /^account\./;
// applyParametersAction says no by keeping the previous state and saying why.
const verdicts: Record<string, (result: unknown) => Verdict> = {
  "review.applyParametersAction": (result) => (/nothing was changed/.test(String((result as OptimizeState | null)?.message)) ? "refused" : "accepted"),
};

const rowsOf = (c: Ctx): SampleRows => ({ ...c, memberId: c.victimId, attemptId: c.typedAttemptId });

const { actions, undeclared } = await discoverActions();
export { undeclared };

export const table: Record<string, Entry> = Object.fromEntries(
  actions.map(({ name, run, declaration: d }): [string, Entry] => {
    const who = d.who;
    const persona: Persona = who === "public" ? "anonymous" : VICTIM_ACTIONS.test(name) ? "victim" : who !== "signed-in" && who.includes("instructor") ? "instructor" : "student";
    const common = { persona, ids: d.ids, destructive: d.destructive, verdict: verdicts[name] };
    if (d.kind === "form") {
      const rowIds = Object.keys(d.ids ?? {});
      return [
        name,
        {
          ...common,
          form: true,
          sample: (c) => d.sample(rowsOf(c)),
          run: d.stateful ? (data, previous) => run(previous, data) : (data) => run(data),
          accepts: (data) => rowIds.every((field) => rowIdSchema.safeParse(text(data, field)).success) && d.parse(data).ok,
        },
      ];
    }
    const args = d.args;
    return [name, { ...common, form: false, sample: (c) => d.sample(rowsOf(c)), run, accepts: args ? (input) => args.safeParse(input).success : undefined }];
  }),
);
