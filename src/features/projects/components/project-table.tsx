import { Link } from 'react-router';
import type { Project, SortDirection } from '../../../domain/project';
import { useI18n } from '../../../i18n/i18n';
import { formatEuros, formatPeriod } from '../format';

interface ProjectTableProps {
  projects: readonly Project[];
  sort: SortDirection | null;
  onSort: (sort: SortDirection) => void;
  /** The list's query string, so the detail page's back link returns to the same view. */
  listSearch: string;
}

/** The portfolio as a table; the period column sorts by end date. */
export function ProjectTable({ projects, sort, onSort, listSearch }: ProjectTableProps) {
  const { t, language } = useI18n();
  const arrow = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕';
  return (
    <div className="project-table__scroll">
      <table className="project-table">
        <caption className="visually-hidden">
          {t('projects.title')}
          {sort && `. ${t(sort === 'ascending' ? 'projects.sortedAscending' : 'projects.sortedDescending')}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.columns.name')}</th>
            <th scope="col">{t('projects.columns.sector')}</th>
            <th scope="col">{t('projects.columns.funders')}</th>
            <th scope="col" aria-sort={sort ?? 'none'}>
              <button
                type="button"
                className="sort-button"
                aria-label={t('projects.sortByEnd')}
                onClick={() => onSort(sort === 'ascending' ? 'descending' : 'ascending')}
              >
                {t('projects.columns.period')} <span aria-hidden="true">{arrow}</span>
              </button>
            </th>
            <th scope="col">{t('projects.columns.coordinator')}</th>
            <th scope="col" className="numeric">
              {t('projects.columns.budget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id} data-project-id={project.id}>
              <th scope="row">
                <Link to={`/projects/${encodeURIComponent(project.id)}`} state={{ listSearch }}>
                  {project.name}
                </Link>
              </th>
              <td>{project.sector}</td>
              <td>
                <ul className="plain-list project-table__funders">
                  {project.funders.map((funder) => (
                    <li key={funder}>{funder}</li>
                  ))}
                </ul>
              </td>
              <td className="project-table__period">{formatPeriod(project.period, language)}</td>
              <td>{project.coordinator ?? <span className="project-muted">{t('projects.unknown')}</span>}</td>
              <td className="numeric">
                {project.budget ? formatEuros(project.budget.cityShare, language) : <span className="project-muted">{t('projects.unknown')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
