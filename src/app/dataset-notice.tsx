import { create } from 'zustand';
import { formatNumber } from '../i18n/format';
import { loadAllMessages, useI18n } from '../i18n/i18n';

/**
 * Why the demo did not open the dataset the address asked for (e.g. `?dataset=large&n=1000000000`).
 * The same shape as mocks/seed/datasets.ts's DatasetProblem, which src/ may not import.
 */
export interface DemoDatasetProblem {
  parameter: 'dataset' | 'n';
  reason: 'unknownDataset' | 'notANumber' | 'tooSmall' | 'tooLarge';
  value: string;
  min: number;
  max: number;
}

/**
 * The refusal as the demo reported it once started: the app renders before the demo API is up, so the
 * notice follows when the demo has read the address.
 */
export const useDemoDatasetProblemStore = create<{ problem: DemoDatasetProblem | null }>()(() => ({ problem: null }));

/** Shows the demo's refusal once its words are loaded: they are not in the first view's messages. */
export async function reportDemoDatasetProblem(problem: DemoDatasetProblem | null): Promise<void> {
  if (problem) await loadAllMessages();
  useDemoDatasetProblemStore.setState({ problem });
}

/** Says, under the demo notice, that the address's dataset was refused, why, what is allowed and what opened instead. */
export function DatasetNotice({ problem }: { problem: DemoDatasetProblem }) {
  const { t, language } = useI18n();
  return (
    <p className="app-header__dataset-problem" role="alert">
      {t(`demoDataset.${problem.reason}`, {
        value: problem.value,
        min: formatNumber(problem.min, language),
        max: formatNumber(problem.max, language),
      })}
    </p>
  );
}
