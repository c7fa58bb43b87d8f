import { useMemo } from 'react';
import { Link } from 'react-router';
import { endsWithinMonths, sortByEndDate, type Project } from '../../../domain/project';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ENDING_MONTHS, type EndingMonths, type ProjectListView } from '../use-project-filters';
import { SelectFilter } from '../../../components/ui/select-filter';

interface EndingSoonProps {
  projects: readonly Project[];
  months: EndingMonths;
  /** YYYY-MM-DD, today unless the URL names another day. */
  from: string;
  onChange: (change: Partial<ProjectListView>) => void;
}

/** "Päättyy N kuukauden sisällä": every project of the portfolio ending within N months from a day. */
export function EndingSoon({ projects, months, from, onChange }: EndingSoonProps) {
  const { t, language } = useI18n();
  const ending = useMemo(
    () => sortByEndDate(projects.filter((project) => endsWithinMonths(project, from, months))),
    [projects, from, months],
  );
  return (
    <section className="project-section ending-soon" aria-labelledby="ending-soon-title">
      <h2 id="ending-soon-title">{t('projects.ending.title', { count: months })}</h2>
      <div className="ending-soon__controls">
        <SelectFilter
          id="ending-months"
          label={t('projects.ending.months')}
          value={String(months)}
          options={ENDING_MONTHS.map((count) => ({ value: String(count), label: t('projects.ending.monthsOption', { count }) }))}
          onChange={(value) => onChange({ within: Number(value) as EndingMonths })}
        />
        <div className="field">
          <label htmlFor="ending-from">{t('projects.ending.from')}</label>
          <input id="ending-from" type="date" value={from} onChange={(event) => onChange({ from: event.target.value || null })} />
        </div>
      </div>
      {ending.length === 0 ? (
        <p className="project-muted" role="status">
          {t('projects.ending.none', { count: months, date: formatDate(from, language) })}
        </p>
      ) : (
        <ul className="ending-soon__list">
          {ending.map((project) => (
            <li key={project.id} data-ending-project-id={project.id}>
              <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link>{' '}
              <span className="project-muted">{t('projects.ending.endsOn', { date: formatDate(project.period.end, language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
