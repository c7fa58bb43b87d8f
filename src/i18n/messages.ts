import type { fi } from './fi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: Finnish is the source, the others follow it key for key. */
export type Messages = Widen<typeof fi>;
