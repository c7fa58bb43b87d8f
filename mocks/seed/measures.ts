import type { Measure } from '../../src/domain/measure';

/** The built-in measures. BEING BUILT (issue 5): measure 91 from the seed, verbatim. */
export const seedMeasures: Measure[] = [];
