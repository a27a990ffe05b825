// The article's sections as a select's options, subsections indented under their section.
export function SectionOptions({ sections }: { sections: readonly { id: string; title: string; level: number }[] }) {
  return sections.map((s) => (
    <option key={s.id} value={s.id}>
      {s.level === 2 ? "\u00a0\u00a0" : ""}
      {s.title}
    </option>
  ));
}
