// Small statistics helpers shared by the benchmark's sections.

/** The middle value (the mean of the two middle values for an even count); NaN for no values. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value, digits = 1) => Number(value.toFixed(digits));

/** 1 KB = 1024 bytes and 1 MB = 1024 × 1024 bytes throughout the benchmark, as the goals are read. */
export const KB = 1024;
export const MB = 1024 * 1024;
