import { splitTimeline, targetLinkKey, type Measure, type TimelineEntry } from '../../domain/measure';
import type { MeasureChanges } from '../../domain/record-changes';
import { linesOf, sameValue } from '../../components/record-edit/edit-fields';

/** What the measure form holds: texts as typed, so nothing is lost while the user fixes an error. */
export interface MeasureFormState {
  progress: Measure['progress'];
  impact: Measure['impact'];
  description: string;
  timeSpan: string;
  metrics: string;
  organisations: string;
  /** Tasks to do that the user has ticked as done. */
  markedDone: string[];
  newTask: { date: string; title: string; text: string; done: boolean };
  /** "How does this measure affect the target?" per linked target key. */
  howItAffects: Record<string, string>;
}

export function formStateOf(measure: Measure): MeasureFormState {
  return {
    progress: measure.progress,
    impact: measure.impact,
    description: measure.description,
    timeSpan: measure.timeSpan,
    metrics: measure.metrics.join('\n'),
    organisations: measure.responsibleOrganisations.join('\n'),
    markedDone: [],
    newTask: { date: '', title: '', text: '', done: false },
    howItAffects: Object.fromEntries(measure.linkedTargets.map((link) => [targetLinkKey(link), link.howItAffects])),
  };
}

/** The tasks the form offers to mark done, soonest first. */
export const tasksToDo = (measure: Measure): TimelineEntry[] => splitTimeline(measure.timeline).toDo;

export interface MeasureFormResult {
  changes: MeasureChanges;
  /** A new task was written without a date: the form says so itself (the schema cannot). */
  missingTaskDate: boolean;
  /** Where the new task sits in the sent timeline, so its errors can be shown on the new-task fields. */
  newTaskIndex: number | null;
}

/** Only the fields the user changed, as the server expects them. */
export function changesFrom(measure: Measure, state: MeasureFormState, newTaskId: () => string): MeasureFormResult {
  const changes: MeasureChanges = {};
  if (state.progress !== measure.progress) changes.progress = state.progress;
  if (state.impact !== measure.impact) changes.impact = state.impact;
  if (state.description !== measure.description) changes.description = state.description;
  if (state.timeSpan.trim() !== measure.timeSpan) changes.timeSpan = state.timeSpan.trim();
  const metrics = linesOf(state.metrics);
  if (!sameValue(metrics, measure.metrics)) changes.metrics = metrics;
  const organisations = linesOf(state.organisations);
  if (!sameValue(organisations, measure.responsibleOrganisations)) changes.responsibleOrganisations = organisations;

  let timeline = measure.timeline.map((task) => (state.markedDone.includes(task.id) ? { ...task, done: true } : task));
  const wantsNewTask = state.newTask.title.trim() !== '' || state.newTask.text.trim() !== '';
  const missingTaskDate = wantsNewTask && state.newTask.date === '';
  let newTaskIndex: number | null = null;
  if (wantsNewTask && !missingTaskDate) {
    newTaskIndex = timeline.length;
    const { date, title, text, done } = state.newTask;
    timeline = [...timeline, { id: newTaskId(), date, title: title.trim(), text: text.trim(), done }];
  }
  if (!sameValue(timeline, measure.timeline)) changes.timeline = timeline;

  const linkedTargets = measure.linkedTargets.map((link) => ({ ...link, howItAffects: state.howItAffects[targetLinkKey(link)] ?? link.howItAffects }));
  if (!sameValue(linkedTargets, measure.linkedTargets)) changes.linkedTargets = linkedTargets;
  return { changes, missingTaskDate, newTaskIndex };
}
