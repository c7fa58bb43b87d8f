// Folding runs over every target's text, so it stays cheap: ASCII is only lower-cased, and each other
// character is decomposed once and remembered. Finnish has no special casing rules, so the plain
// toLowerCase gives the same result as toLocaleLowerCase('fi') at a fraction of the cost.
const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = character.normalize('NFD').replace(/\p{M}/gu, '');
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/**
 * Folds case and diacritics only, for a text to search in: query words hold no whitespace, so the
 * haystack's spacing does not matter and is not worth rewriting thousands of long texts for.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[\u0080-\uffff]/g, foldCharacter);
}

/**
 * Folds text for Finnish-aware search: case-insensitive and diacritic-insensitive,
 * so "tayttaa" finds "täyttää" and "astrand" finds "Åstrand". Whitespace is collapsed.
 */
export function normaliseForSearch(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ').trim();
}

/** The folded words of a query, to fold it once and test many texts with `containsAllWords`. */
export function searchWords(query: string): string[] {
  return normaliseForSearch(query).split(' ').filter(Boolean);
}

/** True when every one of the (already folded) words occurs in the folded haystack. */
export function containsAllWords(normalisedHaystack: string, words: readonly string[]): boolean {
  for (const word of words) if (!normalisedHaystack.includes(word)) return false;
  return true;
}

/** True when every word of the query occurs somewhere in the already folded haystack. */
export function matchesSearch(normalisedHaystack: string, query: string): boolean {
  return containsAllWords(normalisedHaystack, searchWords(query));
}
