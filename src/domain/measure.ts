import { z } from './zod';

// A measure (toimenpide) from a climate-programme tracker: what the city does, when, by whom, and which
// binding targets it serves. Read-only in this version; `version` is there for the later edit flow.

const isoDate = z.iso.date();

export const IMPACTS = ['small', 'medium', 'large'] as const;
export type Impact = (typeof IMPACTS)[number];

export const PROGRESSES = ['onTime', 'late', 'completed', 'notStarted', 'unknown'] as const;
export type Progress = (typeof PROGRESSES)[number];

/** Fields of a measure that may hold invented (illustrative) data; the app marks them as such. */
export const MEASURE_ILLUSTRATIVE_FIELDS = ['linkedTargets', 'contacts', 'timeline', 'officialDescription'] as const;

export const timelineEntrySchema = z.object({
  id: z.string().min(1),
  date: isoDate,
  title: z.string().min(1),
  /** Paragraphs separated by a blank line; may be empty when the tracker gives only a title. */
  text: z.string(),
  /** true: "Mitä on tehty?" (done); false: "Mitä on tehtävä?" (to do). */
  done: z.boolean(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const contactPersonSchema = z.object({
  name: z.string().min(1),
  /** Job title as written; empty when the source gives none. */
  title: z.string(),
  unit: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

export const measureTargetLinkSchema = z.object({
  planId: z.string().min(1),
  targetId: z.string().min(1),
  /** "Miten tämä toimenpide vaikuttaa tavoitteeseen?" */
  howItAffects: z.string(),
});
export type MeasureTargetLink = z.infer<typeof measureTargetLinkSchema>;

export const measureSchema = z.object({
  id: z.string().min(1),
  /** The tracker's running number, e.g. "91". */
  number: z.string().min(1),
  title: z.string().min(1),
  sector: z.string(),
  /** Paragraphs separated by a blank line. */
  description: z.string(),
  officialDescription: z.object({
    /** The label the source puts above the text, e.g. "Toimenpideohjelman mukaan". */
    label: z.string(),
    text: z.string(),
    /** Where the official text comes from, e.g. "Hiilineutraali Helsinki 2035 -toimenpideohjelmasta". */
    source: z.string(),
    sourceUrl: z.string().optional(),
  }),
  timeline: z.array(timelineEntrySchema),
  metrics: z.array(z.string().min(1)),
  impact: z.enum(IMPACTS),
  progress: z.enum(PROGRESSES),
  /** "Aikajänne" as written; empty when the source leaves it blank. */
  timeSpan: z.string(),
  responsibleOrganisations: z.array(z.string().min(1)),
  contacts: z.array(contactPersonSchema),
  /** "Tietoja päivitetty" in the source. */
  lastUpdated: isoDate,
  linkedTargets: z.array(measureTargetLinkSchema),
  /** Names of fields whose content is invented for the demo rather than taken from the source. */
  illustrativeFields: z.array(z.enum(MEASURE_ILLUSTRATIVE_FIELDS)),
  version: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type Measure = z.infer<typeof measureSchema>;

/** Lower-case, single-spaced, so "  Ei  aloitettu " and "ei aloitettu" read the same. */
function normaliseWord(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

/** The tracker's Finnish impact words ("Vaikutus"). */
export const IMPACT_WORDS: Readonly<Record<string, Impact>> = {
  pieni: 'small',
  keskisuuri: 'medium',
  kohtalainen: 'medium',
  suuri: 'large',
};

/** The tracker's Finnish progress words ("Eteneminen"). */
export const PROGRESS_WORDS: Readonly<Record<string, Progress>> = {
  ajallaan: 'onTime',
  'myöhässä': 'late',
  valmis: 'completed',
  toteutettu: 'completed',
  'ei aloitettu': 'notStarted',
  'ei tiedossa': 'unknown',
};

/** Maps a Finnish impact word ("Pieni") to its value; null for a word the tracker does not use. */
export function impactFromWord(word: string): Impact | null {
  return IMPACT_WORDS[normaliseWord(word)] ?? null;
}

/** Maps a Finnish progress word ("Ajallaan") to its value; an unknown or empty word is 'unknown'. */
export function progressFromWord(word: string): Progress {
  return PROGRESS_WORDS[normaliseWord(word)] ?? 'unknown';
}

/**
 * The timeline split as the tracker shows it: done ("Mitä on tehty?") oldest first, so it reads as a
 * history, and to do ("Mitä on tehtävä?") soonest first. Entries on the same date keep their given order.
 */
export function splitTimeline(timeline: readonly TimelineEntry[]): { done: TimelineEntry[]; toDo: TimelineEntry[] } {
  const byDate = (a: TimelineEntry, b: TimelineEntry) => a.date.localeCompare(b.date);
  return {
    done: timeline.filter((entry) => entry.done).sort(byDate),
    toDo: timeline.filter((entry) => !entry.done).sort(byDate),
  };
}

/** A stable key for a measure–target link, also used in the list's URL filter. */
export function targetLinkKey(link: Pick<MeasureTargetLink, 'planId' | 'targetId'>): string {
  return `${link.planId}/${link.targetId}`;
}

/** The measures linked to one target, in number order ("9" before "91"). */
export function measuresForTarget(measures: readonly Measure[], targetId: string): Measure[] {
  return measures
    .filter((measure) => measure.linkedTargets.some((link) => link.targetId === targetId))
    .sort((a, b) => a.number.localeCompare(b.number, 'fi', { numeric: true }));
}

/** Is this field's content invented for the demo? */
export function isIllustrative(measure: Measure, field: (typeof MEASURE_ILLUSTRATIVE_FIELDS)[number]): boolean {
  return measure.illustrativeFields.includes(field);
}
