import { useMemo } from 'react';
import { budgetTotalsByFunder, filterProjects, sortByEndDate } from '../../../domain/project';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { todayIso } from '../format';
import { useProjects } from '../queries';
import { useProjectListView } from '../use-project-filters';
import { EndingSoon } from './ending-soon';
import { FunderTotals } from './funder-totals';
import { ProjectFiltersBar } from './project-filters-bar';
import { ProjectTable } from './project-table';

/** The development-project portfolio: filters in the URL, a table sortable by end date, sums per funder. */
export function ProjectListPage() {
  const { t } = useI18n();
  const projects = useProjects();
  const { view, setView, clearFilters, search } = useProjectListView();
  useDocumentTitle(t('projects.title'));

  const data = projects.data;
  const visible = useMemo(() => {
    const filtered = filterProjects(data ?? [], view);
    return view.sort ? sortByEndDate(filtered, view.sort) : filtered.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  }, [data, view]);
  const totals = useMemo(() => budgetTotalsByFunder(visible), [visible]);

  if (projects.isPending) return <LoadingState />;
  if (projects.isError) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />;
  const all = projects.data;

  return (
    <>
      <header className="page-heading">
        <h1>{t('projects.title')}</h1>
        <p>{t('projects.intro')}</p>
      </header>
      <ProjectFiltersBar projects={all} view={view} onChange={setView} onClear={clearFilters} />
      <p className="result-count" role="status" aria-live="polite">
        {t('projects.showing', { shown: visible.length, total: all.length })}
      </p>
      {all.length === 0 ? (
        <EmptyState>{t('projects.noProjects')}</EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState
          action={
            <button type="button" className="button" onClick={clearFilters}>
              {t('projects.filters.clear')}
            </button>
          }
        >
          {t('projects.noResults')}
        </EmptyState>
      ) : (
        <>
          <ProjectTable projects={visible} sort={view.sort} onSort={(sort) => setView({ sort })} listSearch={search} />
          <FunderTotals totals={totals} />
        </>
      )}
      {all.length > 0 && <EndingSoon projects={all} months={view.within} from={view.from ?? todayIso()} onChange={setView} />}
    </>
  );
}
