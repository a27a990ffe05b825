import { Field } from "@/components/ui/field";

// The target recall of a study target or an assignment, typed as a whole percentage from 70 to 99
// (the schemas read it as a fraction).
export function TargetRecallField({ label, hint, defaultValue, errors }: { label: string; hint: string; defaultValue: string; errors?: string[] | undefined }) {
  return <Field label={label} name="targetRecall" type="number" inputMode="numeric" min={70} max={99} step={1} hint={hint} defaultValue={defaultValue} errors={errors} />;
}
