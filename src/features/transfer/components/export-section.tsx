import { useId, useState } from 'react';
import type { PlanData } from '../../../domain/plan-data';
import { exportFileName, planDataToCsv, planDataToXlsx } from '../../../domain/transfer';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { CSV_TYPE, downloadFile, XLSX_TYPE } from '../download';

type ExportState = { phase: 'idle' } | { phase: 'preparing' } | { phase: 'done'; fileName: string } | { phase: 'failed' };

/** Downloads the plan as CSV (for Finnish Excel) or XLSX (exceljs, loaded only now). */
export function ExportSection({ data }: { data: PlanData }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });

  async function exportAs(format: 'csv' | 'xlsx') {
    const fileName = exportFileName(data.plan, format);
    setState({ phase: 'preparing' });
    try {
      if (format === 'csv') downloadFile([planDataToCsv(data)], fileName, CSV_TYPE);
      else downloadFile([await planDataToXlsx(data)], fileName, XLSX_TYPE);
      setState({ phase: 'done', fileName });
    } catch (error) {
      console.error('Export failed', error);
      setState({ phase: 'failed' });
    }
  }

  return (
    <section className="transfer-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('transfer.export.title')}</h2>
      <p>{t('transfer.export.description', { amount: formatNumber(data.targets.length, language) })}</p>
      <div className="transfer-section__actions">
        <button type="button" className="button" disabled={state.phase === 'preparing'} onClick={() => void exportAs('csv')}>
          {t('transfer.export.csv')}
        </button>
        <button type="button" className="button button--secondary" disabled={state.phase === 'preparing'} onClick={() => void exportAs('xlsx')}>
          {t('transfer.export.xlsx')}
        </button>
      </div>
      <p className="field__hint">{t('transfer.export.csvHint')}</p>
      <p role="status" aria-live="polite" className="transfer-section__status">
        {state.phase === 'preparing' && t('transfer.export.preparing')}
        {state.phase === 'done' && t('transfer.export.done', { name: state.fileName })}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="transfer-problem">
          {t('transfer.export.failed')}
        </p>
      )}
    </section>
  );
}
