/** Seeded randomness for the large-plan generator: the same seed always draws the same plan. */

export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG giving numbers in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `count` different items of `items`, in the order drawn. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen: T[] = [];
  const used = new Set<number>();
  const wanted = Math.min(count, items.length);
  while (chosen.length < wanted) {
    const index = Math.floor(random() * items.length);
    if (used.has(index)) continue;
    used.add(index);
    chosen.push(items[index] as T);
  }
  return chosen;
}

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
