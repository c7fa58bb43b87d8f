import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Plan } from '../../../domain/plan';
import { buildPlanData, MAX_IMPORT_FILE_BYTES, REQUIRED_COLUMNS, headerOf } from '../../../domain/transfer';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { StorageFullError } from '../../../offline/errors';
import { useSessionStore } from '../../../api/session-store';
import { importPlan } from '../../../offline/plan-import';
import { prefillPlanDetails, validatePlanDetails, type PlanDetailsErrorCode, type PlanDetailsField, type PlanDetailsInput } from '../plan-details';
import { useImportFile } from '../use-import-file';
import { ImportPreview } from './import-preview';
import { PlanDetailsFields } from './plan-details-fields';
import { ProblemTable } from './problem-table';

/** Until people sign in, a plan imported in the demo is attributed to this name (as edits are). */

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type SubmitProblem = { kind: 'fixDetails' } | { kind: 'storageFull' } | { kind: 'failed'; message: string };

/**
 * Imports a spreadsheet as a NEW plan: the file is read and every row validated first; only a file
 * without problems offers the import button, and nothing is stored before it is pressed.
 */
export function ImportSection({ currentPlan }: { currentPlan: Plan }) {
  const { t, language } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const { state, choose } = useImportFile();
  const [details, setDetails] = useState<PlanDetailsInput>(() => prefillPlanDetails(currentPlan));
  const [detailsTouched, setDetailsTouched] = useState(false);
  const [detailErrors, setDetailErrors] = useState<Partial<Record<PlanDetailsField, PlanDetailsErrorCode>>>({});
  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<SubmitProblem | null>(null);

  function chooseFile(file: File | null) {
    setSubmitProblem(null);
    if (file && !detailsTouched) setDetails(prefillPlanDetails(currentPlan, file.name));
    void choose(file);
  }

  function changeDetail(field: PlanDetailsField, value: string) {
    setDetailsTouched(true);
    setDetails((previous) => ({ ...previous, [field]: value }));
    setDetailErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state.phase !== 'read' || !state.result.ok || submitting) return;
    const checked = validatePlanDetails(details);
    if (!checked.ok) {
      setDetailErrors(checked.errors);
      setSubmitProblem({ kind: 'fixDetails' });
      return;
    }
    setDetailErrors({});
    setSubmitProblem(null);
    setSubmitting(true);
    try {
      const author = useSessionStore.getState().user ?? { id: '', name: '' };
      const planData = buildPlanData(state.result.rows, checked.details, { updatedBy: author.name, now: new Date() });
      await importPlan(planData, author);
      await navigate(`/plans/${encodeURIComponent(planData.plan.id)}`);
    } catch (error) {
      setSubmitProblem(
        error instanceof StorageFullError ? { kind: 'storageFull' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      setSubmitting(false);
    }
  }

  const result = state.phase === 'read' ? state.result : null;
  const requiredColumns = REQUIRED_COLUMNS.map((key) => headerOf(key)).join(', ');

  return (
    <section className="transfer-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('transfer.import.title')}</h2>
      <p>{t('transfer.import.description')}</p>
      <p className="field__hint">{t('transfer.import.requiredColumns', { columns: requiredColumns })}</p>
      <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field import-form__file">
          <label htmlFor={`${id}-file`}>{t('transfer.import.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={ACCEPT}
            aria-describedby={`${id}-file-hint`}
            // Cleared on opening, so choosing the same (now corrected) file again is a change too.
            onClick={(event) => {
              event.currentTarget.value = '';
            }}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          <span id={`${id}-file-hint`} className="field__hint">
            {t('transfer.import.fileHint', { limit: formatNumber(MAX_IMPORT_FILE_BYTES / 1024 / 1024, language) })}
          </span>
        </div>

        {state.phase === 'reading' && (
          <p role="status" className="state--loading transfer-section__status">
            <span className="spinner" aria-hidden="true" />
            {t('transfer.import.reading', { name: state.fileName })}
          </p>
        )}
        {state.phase === 'readFailed' && (
          <p role="alert" className="transfer-problem">
            {t('transfer.import.readFailed', { name: state.fileName })}
          </p>
        )}
        {state.phase === 'read' && result && !result.ok && (
          <>
            <p role="alert" className="transfer-problem">
              {t('transfer.import.problemsSummary', { count: result.problems.length, name: state.fileName })}
            </p>
            <ProblemTable problems={result.problems} fileName={state.fileName} />
          </>
        )}
        {state.phase === 'read' && result?.ok && (
          <>
            <p role="status" className="transfer-valid">
              {t('transfer.import.valid', { name: state.fileName })}
            </p>
            <ImportPreview summary={result.summary} notes={result.notes} />
          </>
        )}

        <PlanDetailsFields values={details} errors={detailErrors} onChange={changeDetail} />

        {submitProblem && (
          <p role="alert" className="transfer-problem">
            {submitProblem.kind === 'failed'
              ? t('transfer.import.failed', { message: submitProblem.message })
              : t(`transfer.import.${submitProblem.kind}`)}
          </p>
        )}
        {result?.ok && (
          <div className="transfer-section__actions">
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('transfer.import.importing') : t('transfer.import.submit')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
