import type { FunderBudgetTotal } from '../../../domain/project';
import { useI18n } from '../../../i18n/i18n';
import { formatEuros } from '../format';

/** Budget sums per funder, below the list; says that the rows overlap and cover only known budgets. */
export function FunderTotals({ totals }: { totals: readonly FunderBudgetTotal[] }) {
  const { t, language } = useI18n();
  // No known budget is not a budget of 0 €.
  const unknown = <span className="project-muted">{t('projects.unknown')}</span>;
  return (
    <section className="project-section" aria-labelledby="funder-totals-title">
      <h2 id="funder-totals-title">{t('projects.totals.title')}</h2>
      <table className="funder-totals" aria-describedby="funder-totals-note">
        <thead>
          <tr>
            <th scope="col">{t('projects.totals.funder')}</th>
            <th scope="col" className="numeric">
              {t('projects.totals.projects')}
            </th>
            <th scope="col" className="numeric">
              {t('projects.totals.budgeted')}
            </th>
            <th scope="col" className="numeric">
              {t('projects.totals.cityShare')}
            </th>
            <th scope="col" className="numeric">
              {t('projects.totals.ownFinancing')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.funder} data-funder={row.funder}>
              <th scope="row">{row.funder}</th>
              <td className="numeric">{row.projectCount}</td>
              <td className="numeric">{row.budgetedCount}</td>
              <td className="numeric">{row.budgetedCount === 0 ? unknown : formatEuros(row.cityShare, language)}</td>
              <td className="numeric">{row.budgetedCount === 0 ? unknown : formatEuros(row.ownFinancing, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id="funder-totals-note" className="project-muted project-section__note">
        {t('projects.totals.note')}
      </p>
    </section>
  );
}
