import { useId } from 'react';
import { STATUSES, type Status } from '../../../domain/status';
import type { Goal, Theme } from '../../../domain/plan';
import { isEmptyFilters, type TargetFilters } from '../../../domain/target-filters';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useI18n } from '../../../i18n/i18n';

interface TargetFiltersBarProps {
  filters: TargetFilters;
  themes: Theme[];
  goals: Goal[];
  persons: string[];
  onChange: (change: Partial<TargetFilters>) => void;
  onClear: () => void;
}

export function TargetFiltersBar({ filters, themes, goals, persons, onChange, onClear }: TargetFiltersBarProps) {
  const { t } = useI18n();
  const id = useId();
  const goalsInTheme = filters.themeId ? goals.filter((goal) => goal.themeId === filters.themeId) : goals;

  function toggleStatus(status: Status, checked: boolean) {
    const statuses = checked ? [...filters.statuses, status] : filters.statuses.filter((s) => s !== status);
    onChange({ statuses: STATUSES.filter((s) => statuses.includes(s)) });
  }

  function changeTheme(themeId: string) {
    const goal = goals.find((candidate) => candidate.id === filters.goalId);
    const goalStillFits = !themeId || !goal || goal.themeId === themeId;
    onChange({ themeId: themeId || null, goalId: goalStillFits ? filters.goalId : null });
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
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('filters.theme')}</label>
          <select id={`${id}-theme`} value={filters.themeId ?? ''} onChange={(event) => changeTheme(event.target.value)}>
            <option value="">{t('filters.all')}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-goal`}>{t('filters.goal')}</label>
          <select
            id={`${id}-goal`}
            value={filters.goalId ?? ''}
            onChange={(event) => onChange({ goalId: event.target.value || null })}
          >
            <option value="">{t('filters.all')}</option>
            {goalsInTheme.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.number}. {goal.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('filters.person')}</label>
          <select
            id={`${id}-person`}
            value={filters.person ?? ''}
            onChange={(event) => onChange({ person: event.target.value || null })}
          >
            <option value="">{t('filters.all')}</option>
            {persons.map((person) => (
              <option key={person} value={person}>
                {person}
              </option>
            ))}
          </select>
        </div>
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
      {!isEmptyFilters(filters) && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </form>
  );
}
