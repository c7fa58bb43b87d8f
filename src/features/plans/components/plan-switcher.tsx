import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { usePlans } from '../queries';

/** Picks the plan (reporting period) to look at, staying on the same kind of page. */
export function PlanSwitcher({ planId, section }: { planId: string; section: string }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const plans = usePlans();
  if (!plans.data || plans.data.plans.length < 2) return null;
  return (
    <div className="plan-switcher">
      <label htmlFor={id}>{t('planNav.switchPlan')}</label>
      <select
        id={id}
        value={planId}
        onChange={(event) => navigate(`/plans/${encodeURIComponent(event.target.value)}${section}`)}
      >
        {plans.data.plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.title}
            {plan.illustrative ? ` (${t('planNav.illustrative')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
