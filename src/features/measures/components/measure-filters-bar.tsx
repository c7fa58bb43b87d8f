import { useId } from 'react';
import { IMPACTS, PROGRESSES } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';
import { isEmptyMeasureFilters, type MeasureFilters } from '../measure-filters';
import { SelectFilter } from '../../../components/ui/select-filter';

interface MeasureFiltersBarProps {
  filters: MeasureFilters;
  organisations: string[];
  targets: { value: string; label: string }[];
  onChange: (change: Partial<MeasureFilters>) => void;
  onClear: () => void;
}

export function MeasureFiltersBar({ filters, organisations, targets, onChange, onClear }: MeasureFiltersBarProps) {
  const { t } = useI18n();
  const id = useId();
  const all = t('measures.filters.all');
  return (
    <form className="filters" role="search" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-title`} className="filters__title">
        {t('measures.filters.title')}
      </h2>
      <div className="filters__row measure-filters__row">
        <SelectFilter
          id={`${id}-progress`}
          label={t('measures.filters.progress')}
          allLabel={all}
          value={filters.progress}
          options={PROGRESSES.map((progress) => ({ value: progress, label: t(`measures.progress.${progress}`) }))}
          onChange={(progress) => onChange({ progress: PROGRESSES.find((candidate) => candidate === progress) ?? null })}
        />
        <SelectFilter
          id={`${id}-impact`}
          label={t('measures.filters.impact')}
          allLabel={all}
          value={filters.impact}
          options={IMPACTS.map((impact) => ({ value: impact, label: t(`measures.impact.${impact}`) }))}
          onChange={(impact) => onChange({ impact: IMPACTS.find((candidate) => candidate === impact) ?? null })}
        />
        <SelectFilter
          id={`${id}-organisation`}
          label={t('measures.filters.organisation')}
          allLabel={all}
          value={filters.organisation}
          options={organisations.map((organisation) => ({ value: organisation, label: organisation }))}
          onChange={(organisation) => onChange({ organisation })}
        />
        <SelectFilter
          id={`${id}-target`}
          label={t('measures.filters.target')}
          allLabel={all}
          value={filters.target}
          options={targets}
          onChange={(target) => onChange({ target })}
        />
      </div>
      {!isEmptyMeasureFilters(filters) && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('measures.clearFilters')}
        </button>
      )}
    </form>
  );
}
