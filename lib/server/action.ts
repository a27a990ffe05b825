import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "@/lib/domain/access";
import { rowIdSchema } from "@/lib/schemas/classes";
import { getSessionUser, requireUser } from "@/lib/server/auth";
import { requireFormData } from "@/lib/server/form-data";
import type { FormState } from "@/lib/view/form-state";
import { echoValues, fieldErrors } from "@/lib/server/form-state";
import { text } from "@/lib/server/forms";
import type { Who } from "@/lib/server/route";
import type { SampleRows } from "@/lib/server/sample-rows";

export type { SampleRows };

// One declaration per server action, as route() is for API routes: who may call it, how its input
// is read and parsed, which of its inputs name rows, one valid sample input, and the handler, which
// gets the caller and the parsed input and only calls the feature's service and shapes the answer.
// The boundary is written here once:
// - signed out: the sign-in page, or the declared answer (the quiz player must not navigate away);
// - a role not in `who`: the 403 page;
// - anything but FormData for a form action (a hand-made call): the 404 page;
// - a field in `ids` that cannot name a row: the 404 page, as for a row that is not the caller's;
// - input that does not parse: the declared refusal (a form state with the errors per field), or
//   the 404 page for a form with no state to show them in.
// The declaration stays on the built action, so the action fuzzer and the authorization matrix
// read who may call it, its sample and its parser from the action itself.

// The kinds of row an input may name: the tests put the caller's own, someone else's and garbage there.
export type IdKind = "classes/[id]" | "question-sets/[id]" | "items/[itemId]" | "assignments/[id]" | "members/[userId]" | "quiz-attempts/[id]" | "cards" | "study-targets";

export type FormFields = Record<string, string | string[]>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string[]> };
type Caller<W extends Who> = W extends "public" ? null : SessionUser;

// A zod schema over what `read` takes from the form, as a parser.
export function fromForm<S extends z.ZodType>(schema: S, read: (formData: FormData) => unknown): (formData: FormData) => Parsed<z.infer<S>> {
  return (formData) => {
    const parsed = schema.safeParse(read(formData));
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
  };
}

// For a form whose only input is the row ids its `ids` declare (a delete, a start button).
export const noInput = (): Parsed<undefined> => ({ ok: true, data: undefined });

type Common<W extends Who> = {
  who: W;
  // Form fields (or argument paths, "0", "1.cardId") that name rows, and which kind.
  ids?: Record<string, IdKind>;
  // Its valid input deletes what it names: the fuzzer sends that only once.
  destructive?: true;
};

// A form's input: a zod schema over what `read` takes from the fields, or a parser of its own.
type FormInput<T> = { schema: z.ZodType<T>; read: (formData: FormData) => unknown; parse?: never } | { parse: (formData: FormData) => Parsed<T>; schema?: never; read?: never };

type FormCommon<W extends Who, T> = Common<W> &
  FormInput<T> & {
    sample: (rows: SampleRows) => FormFields;
  };

// A form used with useActionState: (previous state, form data) → the next state.
export type StatefulFormDeclaration<W extends Who, T, R> = FormCommon<W, T> & {
  // The answer to input that does not parse: a message (a form state with the errors per field and
  // the fields sent, secrets left out) or a function of the errors.
  invalid: string | ((errors: Record<string, string[]>, formData: FormData, previous: R) => R);
  handle: (call: { user: Caller<W>; input: T; formData: FormData; previous: R }) => Promise<R>;
};

// A form with no state (a button that deletes, moves, adds): unreadable input is the 404 page.
export type FormDeclaration<W extends Who, T> = FormCommon<W, T> & {
  handle: (call: { user: Caller<W>; input: T; formData: FormData }) => Promise<void>;
};

// An action called from a component with plain arguments.
export type ArgsDeclaration<W extends Who, T, R> = Common<W> & {
  // Parses the arguments; undefined for an action that reads none (it ignores whatever it is sent).
  args?: z.ZodType<T>;
  sample: (rows: SampleRows) => unknown[];
  // The answer to arguments that do not parse.
  invalid?: (args: unknown[]) => R;
  // The answer to a signed-out caller, instead of the sign-in page.
  signedOut?: () => R;
  handle: (call: { user: Caller<W>; input: T }) => Promise<R>;
};

export type DeclaredAction =
  | (Common<Who> & { kind: "form"; stateful: boolean; parse: (formData: FormData) => Parsed<unknown>; sample: (rows: SampleRows) => FormFields })
  | (Common<Who> & { kind: "args"; args?: z.ZodType; sample: (rows: SampleRows) => unknown[]; signedOut: boolean });

async function callerOf(who: Who, signedOut?: () => unknown): Promise<{ user: SessionUser | null } | { answer: unknown }> {
  if (who === "public") return { user: null };
  if (signedOut && !(await getSessionUser())) return { answer: signedOut() };
  const user = await requireUser();
  if (who !== "signed-in" && !who.includes(user.role)) forbidden();
  return { user };
}

// The form's row ids, each checked to be one: garbage names no row, so the 404 page.
function requireRowIds(formData: FormData, ids: Record<string, IdKind> | undefined) {
  for (const field of Object.keys(ids ?? {})) if (!rowIdSchema.safeParse(text(formData, field)).success) notFound();
}

async function readForm<W extends Who, T>(declaration: FormCommon<W, T>, formData: unknown) {
  const caller = await callerOf(declaration.who);
  if ("answer" in caller) throw new Error("unreachable: form actions send signed-out callers to sign in");
  requireFormData(formData);
  requireRowIds(formData, declaration.ids);
  return { user: caller.user as Caller<W>, formData, parsed: parserOf(declaration)(formData) };
}

const parserOf = <T>(input: FormInput<T>) => (input.parse ? input.parse : fromForm(input.schema, input.read));

const described = <F extends object>(run: F, declaration: DeclaredAction) => Object.assign(run, { declaration });

// Forms whose state is of type R: `withState<R>()({ ... })` (R fixed first, the rest inferred).
export function withState<R>() {
  return <W extends Who, T>(declaration: StatefulFormDeclaration<W, T, R>) => {
    const run = async (previous: R, formData: FormData): Promise<R> => {
      const { user, parsed } = await readForm(declaration, formData);
      if (!parsed.ok) {
        const { invalid } = declaration;
        return typeof invalid === "string" ? ({ ok: false, message: invalid, errors: parsed.errors, values: echoValues(formData) } satisfies FormState as R) : invalid(parsed.errors, formData, previous);
      }
      return declaration.handle({ user, input: parsed.data, formData, previous });
    };
    return described(run, { ...commonOf(declaration), kind: "form", stateful: true, parse: parserOf(declaration), sample: declaration.sample });
  };
}

// The usual form with useActionState: its state a FormState (a message and the errors per field).
export const statefulFormAction = withState<FormState>();

export function formAction<W extends Who, T>(declaration: FormDeclaration<W, T>) {
  const run = async (formData: FormData): Promise<void> => {
    const { user, parsed } = await readForm(declaration, formData);
    if (!parsed.ok) notFound();
    await declaration.handle({ user, input: parsed.data, formData });
  };
  return described(run, { ...commonOf(declaration), kind: "form", stateful: false, parse: parserOf(declaration), sample: declaration.sample });
}

export function argsAction<W extends Who, T, R>(declaration: ArgsDeclaration<W, T, R>) {
  const run = async (...args: unknown[]): Promise<R> => {
    const caller = await callerOf(declaration.who, declaration.signedOut);
    if ("answer" in caller) return caller.answer as R;
    let input = undefined as T;
    if (declaration.args) {
      const parsed = declaration.args.safeParse(args);
      if (!parsed.success) {
        if (!declaration.invalid) notFound();
        return declaration.invalid(args);
      }
      input = parsed.data;
    }
    return declaration.handle({ user: caller.user as Caller<W>, input });
  };
  return described(run, { ...commonOf(declaration), kind: "args", args: declaration.args, sample: declaration.sample, signedOut: Boolean(declaration.signedOut) });
}

const commonOf = ({ who, ids, destructive }: Common<Who>): Common<Who> => ({ who, ids, destructive });
