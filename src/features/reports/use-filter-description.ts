import type { Goal, Theme } from '../../domain/plan';
import type { TargetFilters } from '../../domain/target-filters';
import { useI18n } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/languages';

/** Says in words which filters narrow the report ("teema Edistämme asukkaiden hyvinvointia"), for screen and paper. */
export function useFilterDescription(filters: TargetFilters, themes: readonly Theme[], goals: readonly Goal[]): string {
  const { t, language } = useI18n();
  const parts: string[] = [];
  if (filters.themeId) {
    const theme = themes.find((candidate) => candidate.id === filters.themeId);
    parts.push(t('report.filterTheme', { title: theme?.title ?? filters.themeId }));
  }
  if (filters.goalId) {
    const goal = goals.find((candidate) => candidate.id === filters.goalId);
    parts.push(
      goal
        ? t('report.filterGoal', { number: goal.number, title: goal.title })
        : t('report.filterGoal', { number: filters.goalId, title: '' }).trim(),
    );
  }
  if (filters.statuses.length > 0) {
    const words = filters.statuses.map((status) => t(`status.${status}`));
    const statuses = new Intl.ListFormat(LOCALES[language], { type: 'disjunction' }).format(words);
    parts.push(t('report.filterStatus', { statuses }));
  }
  if (filters.person) parts.push(t('report.filterPerson', { name: filters.person }));
  if (filters.query.trim() !== '') parts.push(t('report.filterQuery', { query: filters.query.trim() }));
  return parts.join(', ');
}
