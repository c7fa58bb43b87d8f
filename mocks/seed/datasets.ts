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
export const LARGE_DEFAULT_SIZE = 2000;
export const LARGE_MIN_SIZE = 1;
/** Generating and storing more than this in a browser takes minutes and hundreds of megabytes. */
export const LARGE_MAX_SIZE = 50_000;

/**
 * Why an address's dataset was not opened: an unknown dataset name, or an `n` that is not a whole
 * number, is below 1 or above the maximum. `value` is the refused text as given (shortened).
 */
export interface DatasetProblem {
  parameter: 'dataset' | 'n';
  reason: 'unknownDataset' | 'notANumber' | 'tooSmall' | 'tooLarge';
  value: string;
  min: number;
  max: number;
}

/** What the address asks for: a dataset, nothing (no `dataset` in it), or a refusal with its reason. */
export type DatasetChoice = { dataset: DemoDataset | null; problem: null } | { dataset: null; problem: DatasetProblem };

const refuse = (parameter: DatasetProblem['parameter'], reason: DatasetProblem['reason'], value: string): DatasetChoice => ({
  dataset: null,
  // A pasted megabyte of digits is not echoed back whole into the page.
  problem: { parameter, reason, value: value.length > 40 ? `${value.slice(0, 40)}…` : value, min: LARGE_MIN_SIZE, max: LARGE_MAX_SIZE },
});

/** The size of the generated plan from `n`: digits only, 1…50 000; a missing `n` means the default 2 000. */
function sizeFrom(n: string | null): { size: number } | { reason: DatasetProblem['reason'] } {
  if (n === null || n.trim() === '') return { size: LARGE_DEFAULT_SIZE };
  const text = n.trim();
  // Number('1e9'), Number('0x10') and parseInt('12abc') all accept more than a person means by a count.
  if (/^-\d+$/.test(text)) return { reason: 'tooSmall' };
  if (!/^\d+$/.test(text)) return { reason: 'notANumber' };
  const size = Number(text);
  if (size < LARGE_MIN_SIZE) return { reason: 'tooSmall' };
  if (size > LARGE_MAX_SIZE) return { reason: 'tooLarge' };
  return { size };
}

/**
 * Reads `?dataset=large&n=2000` (or `?dataset=default`) from a query string. A query without `dataset` asks
 * for nothing; an unknown name or an absurd `n` (text, negative, 10^9) is refused with the reason, never clamped
 * silently and never generated.
 */
export function datasetFromQuery(query: string): DatasetChoice {
  const params = new URLSearchParams(query);
  const kind = params.get('dataset');
  if (kind === null) return { dataset: null, problem: null };
  if (kind === 'default') return { dataset: DEFAULT_DATASET, problem: null };
  if (kind !== 'large') return refuse('dataset', 'unknownDataset', kind);
  const n = params.get('n');
  const size = sizeFrom(n);
  if ('reason' in size) return refuse('n', size.reason, n ?? '');
  return { dataset: { kind: 'large', size: size.size }, problem: null };
}

/** A dataset remembered earlier (e.g. in sessionStorage) if it is still a valid one; anything else is ignored. */
export function parseRememberedDataset(stored: string | null): DemoDataset | null {
  if (stored === null) return null;
  try {
    const value = JSON.parse(stored) as Partial<DemoDataset> | null;
    if (value?.kind === 'default') return DEFAULT_DATASET;
    const size = value?.size;
    if (value?.kind === 'large' && typeof size === 'number' && Number.isInteger(size) && size >= LARGE_MIN_SIZE && size <= LARGE_MAX_SIZE) {
      return { kind: 'large', size };
    }
  } catch {
    // Not JSON: treated as nothing remembered.
  }
  return null;
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
