import type { ImportProblem } from '../../../domain/transfer';
import { useI18n } from '../../../i18n/i18n';
import { useProblemMessage } from './use-problem-message';

/** Every problem of an imported file as a table: row (as in the spreadsheet), column and what to do. */
export function ProblemTable({ problems, fileName }: { problems: readonly ImportProblem[]; fileName: string }) {
  const { t } = useI18n();
  const messageOf = useProblemMessage();
  return (
    <div className="problem-table__scroll">
      <table className="problem-table">
        <caption>{t('transfer.import.problemsCaption', { name: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.import.row')}</th>
            <th scope="col">{t('transfer.import.column')}</th>
            <th scope="col">{t('transfer.import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((found, index) => (
            <tr key={index} data-row={found.row ?? undefined} data-problem={found.code}>
              <td className="numeric">{found.row ?? t('transfer.import.wholeFile')}</td>
              <td>{found.column ? (found.columnLetter ? `${found.column} (${found.columnLetter})` : found.column) : '–'}</td>
              <td>{messageOf(found)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
