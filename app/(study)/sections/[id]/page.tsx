import { cache } from "react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { getSectionPage } from "@/lib/server/data/sections";
import { prepareReader } from "@/components/reader/prepare";
import { NotesLegend, SectionText } from "@/components/reader/section-text";
import { SectionStats } from "@/components/reader/section-stats";
import { MasteryMeter } from "@/components/reader/mastery-meter";
import { PractiseLinks } from "@/components/reader/practise-links";
import { NoteCard } from "@/components/reader/note-card";
import { readQuote, readSectionId } from "./search-params";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One request reads the section once, for the title and the page.
const getPage = cache((userId: string, sectionId: string) => getSectionPage(userId, sectionId));

// The signed-in learner's view of the section in the URL; an id that is not a section is a 404.
async function loadSection(params: Props["params"]) {
  const user = await requireUser();
  const id = readSectionId(await params);
  const page = id ? await getPage(user.id, id) : null;
  if (!page) notFound();
  return page;
}

// The section's title as the page title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadSection(params);
  return { title: page.section.title };
}

// A section of the article: its text and its sub-sections' texts, the accuracy notes that apply,
// the learner's mastery and links to practise it. `?quote=` highlights that passage (#quote).
export default async function SectionPage({ params, searchParams }: Props) {
  const { section, parent, children, notes } = await loadSection(params);
  const quote = readQuote(await searchParams);
  const prepared = prepareReader([section, ...children], notes, quote);
  const sectionOf = (id: string) => prepared.sections.get(id)!;

  return (
    <article aria-labelledby="section-title" className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap gap-2 text-sm text-slate-700 dark:text-slate-300">
          <li>
            <TextLink href="/sections">
              Sections
            </TextLink>
          </li>
          {parent ? (
            <li>
              <span aria-hidden="true">/ </span>
              <TextLink href={`/sections/${parent.id}`}>
                {parent.title}
              </TextLink>
            </li>
          ) : null}
          <li aria-current="page">
            <span aria-hidden="true">/ </span>
            {section.title}
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-3">
        <h1 id="section-title" className="text-3xl font-bold">
          {section.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <SectionStats counts={section.counts} />
          <MasteryMeter mastery={section.mastery} sectionTitle={section.title} />
        </p>
        <PractiseLinks sectionId={section.id} />
        {notes.length > 0 ? <NotesLegend /> : null}
      </header>

      <SectionText section={sectionOf(section.id)} />

      {children.map((child) => (
        <section key={child.id} id={child.id} aria-labelledby={`${child.id}-title`} className="flex scroll-mt-24 flex-col gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
          <h2 id={`${child.id}-title`} className="text-2xl font-semibold">
            <Link href={`/sections/${child.id}`} className="tap text-brand-700 underline-offset-4 hover:underline dark:text-brand-100">
              {child.title}
            </Link>
          </h2>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <SectionStats counts={child.counts} />
            <MasteryMeter mastery={child.mastery} sectionTitle={child.title} />
          </p>
          <SectionText section={sectionOf(child.id)} />
        </section>
      ))}

      {prepared.unplacedNotes.length > 0 ? (
        <Panel id="other-notes" title="Other accuracy notes" className="flex flex-col gap-2">
          {prepared.unplacedNotes.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
        </Panel>
      ) : null}
    </article>
  );
}
