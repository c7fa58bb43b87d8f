import { useId } from 'react';
import { splitTimeline, type TimelineEntry } from '../../../domain/measure';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { Paragraphs } from './paragraphs';

function TaskList({ title, empty, tasks, done }: { title: string; empty: string; tasks: TimelineEntry[]; done: boolean }) {
  const { language } = useI18n();
  const id = useId();
  return (
    <section className={`measure-timeline__group measure-timeline__group--${done ? 'done' : 'todo'}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {tasks.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="measure-timeline__list">
          {tasks.map((task) => (
            <li key={task.id} className="measure-timeline__task" data-task-date={task.date}>
              <p className="measure-timeline__head">
                <time dateTime={task.date}>{formatDate(task.date, language)}</time>{' '}
                <strong className="measure-timeline__title">{task.title}</strong>
              </p>
              {task.text && <Paragraphs text={task.text} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Mitä on tehty?" oldest first, then "Mitä on tehtävä?" soonest first. */
export function MeasureTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const { t } = useI18n();
  const { done, toDo } = splitTimeline(timeline);
  return (
    <div className="measure-timeline">
      <TaskList title={t('measures.detail.done')} empty={t('measures.detail.noDone')} tasks={done} done />
      <TaskList title={t('measures.detail.toDo')} empty={t('measures.detail.noToDo')} tasks={toDo} done={false} />
    </div>
  );
}
