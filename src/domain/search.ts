/**
 * Folds text for Finnish-aware search: case-insensitive and diacritic-insensitive,
 * so "tayttaa" finds "täyttää" and "astrand" finds "Åstrand". Whitespace is collapsed.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fi')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs somewhere in the already-normalised haystack. */
export function matchesSearch(normalisedHaystack: string, query: string): boolean {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => normalisedHaystack.includes(word));
}
