import { useMemo } from 'react';
import { distinctValues, targetLinkKey, type Project } from '../../../domain/project';
import { useI18n } from '../../../i18n/i18n';
import type { ProjectListView } from '../use-project-filters';
import { SelectFilter } from '../../../components/ui/select-filter';

interface ProjectFiltersBarProps {
  projects: readonly Project[];
  view: ProjectListView;
  onChange: (change: Partial<ProjectListView>) => void;
  onClear: () => void;
}

/** Funder, sector, running-on-a-date and linked-target filters; every choice goes into the URL. */
export function ProjectFiltersBar({ projects, view, onChange, onClear }: ProjectFiltersBarProps) {
  const { t } = useI18n();
  const funders = useMemo(() => distinctValues(projects, (project) => project.funders), [projects]);
  const sectors = useMemo(() => distinctValues(projects, (project) => [project.sector]), [projects]);
  const targets = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const link of projects.flatMap((project) => project.linkedTargets)) {
      byKey.set(targetLinkKey(link), t('projects.targetLink', { code: link.targetCode }));
    }
    return [...byKey].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'fi', { numeric: true }));
  }, [projects, t]);
  const asOptions = (values: string[]) => values.map((value) => ({ value, label: value }));
  const anySet = Boolean(view.funder || view.sector || view.activeOn || view.target);

  return (
    <section className="filters project-filters" aria-labelledby="project-filters-title">
      <h2 id="project-filters-title" className="filters__title">
        {t('projects.filters.title')}
      </h2>
      <div className="project-filters__row">
        <SelectFilter
          id="project-filter-funder"
          label={t('projects.filters.funder')}
          allLabel={t('projects.filters.all')}
          value={view.funder}
          options={asOptions(funders)}
          onChange={(funder) => onChange({ funder })}
        />
        <SelectFilter
          id="project-filter-sector"
          label={t('projects.filters.sector')}
          allLabel={t('projects.filters.all')}
          value={view.sector}
          options={asOptions(sectors)}
          onChange={(sector) => onChange({ sector })}
        />
        <div className="field">
          <label htmlFor="project-filter-active">{t('projects.filters.activeOn')}</label>
          <input
            id="project-filter-active"
            type="date"
            value={view.activeOn ?? ''}
            onChange={(event) => onChange({ activeOn: event.target.value || null })}
          />
        </div>
        <SelectFilter
          id="project-filter-target"
          label={t('projects.filters.target')}
          allLabel={t('projects.filters.all')}
          value={view.target}
          options={targets}
          onChange={(target) => onChange({ target })}
        />
      </div>
      {anySet && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('projects.filters.clear')}
        </button>
      )}
    </section>
  );
}
