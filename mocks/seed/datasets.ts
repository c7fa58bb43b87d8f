import type { PlanData } from '../../src/domain/plan-data';
import type { SeedRecords } from '../service/storage';
import { generateLargePlan } from './large-plan';
import { seedMeasures } from './measures';
import { seedProjects } from './projects';
import { vantaa2020Illustrative } from './vantaa-2020-illustrative';
import { vantaa2021 } from './vantaa-2021';

export interface DemoDataset {
  kind: 'default' | 'large';
  /** Number of generated targets, for the large dataset. */
  size: number;
}

export const DEFAULT_DATASET: DemoDataset = { kind: 'default', size: 0 };
const LARGE_DEFAULT_SIZE = 2000;
const LARGE_MAX_SIZE = 50_000;

/** Reads `?dataset=large&n=2000` from a query string; anything else means the built-in report. */
export function datasetFromQuery(query: string): DemoDataset | null {
  const params = new URLSearchParams(query);
  const kind = params.get('dataset');
  if (kind === 'default') return DEFAULT_DATASET;
  if (kind !== 'large') return null;
  const size = Number.parseInt(params.get('n') ?? '', 10);
  return {
    kind: 'large',
    size: Number.isFinite(size) && size > 0 ? Math.min(size, LARGE_MAX_SIZE) : LARGE_DEFAULT_SIZE,
  };
}

/** The plans a dataset starts with; the generated plan comes first so the app opens it. */
export function seedPlansFor(dataset: DemoDataset): PlanData[] {
  const builtIn = [vantaa2021, vantaa2020Illustrative];
  return dataset.kind === 'large' ? [generateLargePlan({ n: dataset.size }), ...builtIn] : builtIn;
}

/** Each dataset has a database of its own, so trying the large plan never touches the demo edits. */
export function databaseNameFor(dataset: DemoDataset): string {
  return dataset.kind === 'large' ? `tavoitevahti-demo-api-large-${dataset.size}` : 'tavoitevahti-demo-api';
}

/** The measures and projects every demo dataset starts with. */
export function seedRecordsFor(): SeedRecords {
  return { measures: seedMeasures, projects: seedProjects };
}
