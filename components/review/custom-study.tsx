import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";

type SectionOption = { id: string; title: string };

// Anki's custom study, offered beside the session (the reviewer folds it away while cards are due):
// review the cards due in the next days now, or study more new cards of one section than today's
// limit allows. Both are plain GET forms that open /review with the matching query (?ahead=N,
// ?section=<id>&extraNew=N), so they work without script.
export function CustomStudy({ sections }: { sections: SectionOption[] }) {
  return (
      <div className="mt-3 grid gap-6 sm:grid-cols-2">
        <form action="/review" method="get" className="flex min-w-0 flex-col gap-3" aria-labelledby="ahead-heading">
          <h2 id="ahead-heading" className="font-semibold">
            Review ahead
          </h2>
          <Field label="Cards due within (days)" name="ahead" type="number" min={1} max={30} defaultValue={1} required hint="Reviewing early counts as a real review: the next interval takes it into account." />
          <Button type="submit" variant="secondary" className="self-start">
            Review cards due soon
          </Button>
        </form>
        <form action="/review" method="get" className="flex min-w-0 flex-col gap-3" aria-labelledby="extra-new-heading">
          <h2 id="extra-new-heading" className="font-semibold">
            Study more new cards
          </h2>
          <SelectField label="From section" name="section" required defaultValue="">
            <option value="" disabled>
              Choose a section
            </option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </SelectField>
          <Field label="Extra new cards today" name="extraNew" type="number" min={1} max={100} defaultValue={10} required />
          <Button type="submit" variant="secondary" className="self-start">
            Study new cards
          </Button>
        </form>
      </div>
  );
}
