import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { PlanDetailsErrorCode, PlanDetailsField, PlanDetailsInput } from '../plan-details';

const FIELDS: { field: PlanDetailsField; type: 'text' | 'date'; inputMode?: 'numeric' }[] = [
  { field: 'title', type: 'text' },
  { field: 'organisation', type: 'text' },
  { field: 'sector', type: 'text' },
  { field: 'reportingYear', type: 'text', inputMode: 'numeric' },
  { field: 'reportDate', type: 'date' },
];

const LABELS = {
  title: 'transfer.import.planTitle',
  organisation: 'transfer.import.organisation',
  sector: 'transfer.import.sector',
  reportingYear: 'transfer.import.reportingYear',
  reportDate: 'transfer.import.reportDate',
} as const;

interface PlanDetailsFieldsProps {
  values: PlanDetailsInput;
  errors: Partial<Record<PlanDetailsField, PlanDetailsErrorCode>>;
  onChange: (field: PlanDetailsField, value: string) => void;
}

/** The new plan's title, organisation, sector, reporting year and report date. */
export function PlanDetailsFields({ values, errors, onChange }: PlanDetailsFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="import-details">
      <legend>{t('transfer.import.details')}</legend>
      {FIELDS.map(({ field, type, inputMode }) => {
        const error = errors[field];
        const inputId = `${id}-${field}`;
        return (
          <div className={`field import-details__${field}`} key={field}>
            <label htmlFor={inputId}>{t(LABELS[field])}</label>
            <input
              id={inputId}
              type={type}
              inputMode={inputMode}
              value={values[field]}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(event) => onChange(field, event.target.value)}
            />
            {error && (
              <span id={`${inputId}-error`} className="field__error">
                {t(`transfer.import.errors.${error}`)}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
