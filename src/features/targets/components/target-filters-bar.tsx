import { memo, useCallback, useId, useMemo } from 'react';
import { STATUSES, type Status } from '../../../domain/status';
import type { Goal, Theme } from '../../../domain/plan';
import { isEmptyFilters, type TargetFilters } from '../../../domain/target-filters';
import { StatusBadge } from '../../../components/ui/status-badge';
import { SelectFilter } from '../../../components/ui/select-filter';
import { useI18n } from '../../../i18n/i18n';

interface TargetFiltersBarProps {
  filters: TargetFilters;
  themes: Theme[];
  goals: Goal[];
  persons: string[];
  /** The plan's update rules, explained beside the overdue filter. */
  rules: { updateIntervalDays: number; staleAfterDays: number };
  onChange: (change: Partial<TargetFilters>) => void;
  onClear: () => void;
}

// A plan of thousands of targets has hundreds of goals: their drop-down is not rebuilt for every key typed.
const ChoiceFilter = memo(SelectFilter);

export function TargetFiltersBar({ filters, themes, goals, persons, rules, onChange, onClear }: TargetFiltersBarProps) {
  const { t } = useI18n();
  const id = useId();
  const { themeId, goalId } = filters;
  const themeOptions = useMemo(() => themes.map((theme) => ({ value: theme.id, label: theme.title })), [themes]);
  const goalOptions = useMemo(
    () =>
      (themeId ? goals.filter((goal) => goal.themeId === themeId) : goals).map((goal) => ({
        value: goal.id,
        label: `${goal.number}. ${goal.title}`,
      })),
    [goals, themeId],
  );
  const personOptions = useMemo(() => persons.map((person) => ({ value: person, label: person })), [persons]);
  const changeGoal = useCallback((next: string | null) => onChange({ goalId: next }), [onChange]);
  const changePerson = useCallback((next: string | null) => onChange({ person: next }), [onChange]);
  const changeTheme = useCallback(
    (next: string | null) => {
      const goal = goals.find((candidate) => candidate.id === goalId);
      const goalStillFits = !next || !goal || goal.themeId === next;
      onChange({ themeId: next, goalId: goalStillFits ? goalId : null });
    },
    [goals, goalId, onChange],
  );

  function toggleStatus(status: Status, checked: boolean) {
    const statuses = checked ? [...filters.statuses, status] : filters.statuses.filter((s) => s !== status);
    onChange({ statuses: STATUSES.filter((s) => statuses.includes(s)) });
  }

  return (
    <form className="filters" role="search" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-title`} className="filters__title">
        {t('filters.title')}
      </h2>
      <div className="filters__row">
        <div className="field field--search">
          <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.query}
            aria-describedby={`${id}-q-hint`}
            onChange={(event) => onChange({ query: event.target.value })}
          />
          <span id={`${id}-q-hint`} className="field__hint">
            {t('filters.searchHint')}
          </span>
        </div>
        <ChoiceFilter
          id={`${id}-theme`}
          label={t('filters.theme')}
          allLabel={t('filters.all')}
          value={themeId}
          options={themeOptions}
          onChange={changeTheme}
        />
        <ChoiceFilter
          id={`${id}-goal`}
          label={t('filters.goal')}
          allLabel={t('filters.all')}
          value={goalId}
          options={goalOptions}
          onChange={changeGoal}
        />
        <ChoiceFilter
          id={`${id}-person`}
          label={t('filters.person')}
          allLabel={t('filters.all')}
          value={filters.person}
          options={personOptions}
          onChange={changePerson}
        />
      </div>
      <fieldset className="filters__statuses">
        <legend>{t('filters.status')}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="status-checkbox">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
            <StatusBadge status={status} />
          </label>
        ))}
      </fieldset>
      <div className="filters__overdue">
        <label className="status-checkbox">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            aria-describedby={`${id}-overdue-hint`}
            onChange={(event) => onChange({ overdueOnly: event.target.checked })}
          />
          {t('staleness.filter')}
        </label>
        <span id={`${id}-overdue-hint`} className="field__hint">
          {t('staleness.filterHint', { interval: rules.updateIntervalDays, stale: rules.staleAfterDays })}
        </span>
      </div>
      {!isEmptyFilters(filters) && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </form>
  );
}
