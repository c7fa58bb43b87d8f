import { z } from './zod';

export const DIRECTIONS = ['increase', 'decrease'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

export const indicatorValueSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  value: z.number().finite(),
  /** How the report qualifies the number, e.g. "noin" or "31.12.2020 mennessä". */
  note: z.string().max(500).optional(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** A numeric series a target's report states, e.g. dropouts per year. */
export const indicatorSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1).max(500),
  unit: z.string().max(50),
  direction: directionSchema,
  baselineValue: z.number().finite().nullable(),
  targetValue: z.number().finite().nullable(),
  values: z.array(indicatorValueSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** The latest value of a series, or null when it has none. */
export function latestValue(indicator: Indicator): IndicatorValue | null {
  let latest: IndicatorValue | null = null;
  for (const point of indicator.values) {
    if (!latest || point.year > latest.year) latest = point;
  }
  return latest;
}
