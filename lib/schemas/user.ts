import { z } from "zod";
import { timeZoneSchema } from "@/lib/schemas/review";

// Accounts: emails are compared trimmed and lower-cased, so "Ann@X.org " and "ann@x.org" are one.

export const roles = ["student", "instructor"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.");

// Characters that reorder the text around them (bidirectional overrides, embeddings, isolates and
// marks): in a name they can make a gradebook row or an email read as something else.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Nothing visible: only spaces, zero-width and other format characters.
const invisibleOnly = /^[\p{Z}\p{Cf}\s\u115f\u1160\u3164\uffa0]*$/u;

// A person's name as others will see it: printable, visible, and not reordering what follows.
export const displayNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters for your name.")
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "Remove the control characters from your name.")
  .refine((name) => !bidiControls.test(name), "Remove the text-direction control characters (such as U+202E) from your name.")
  .refine((name) => !invisibleOnly.test(name), "Enter a name with visible letters, not only invisible characters.");

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(roles, { error: "Choose Student or Instructor." }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  // Only length-bounded at sign-in: a password set under older rules must still be accepted.
  password: z.string().min(1).max(200),
  // The browser's time zone, sent by the sign-in form so study days start at 4 a.m. where the
  // learner lives from the first page on. Optional and never a reason to refuse a sign-in: a zone
  // that is missing or not a real one is simply not recorded.
  timeZone: timeZoneSchema.optional().catch(undefined),
});
export type SignInInput = z.infer<typeof signInSchema>;
