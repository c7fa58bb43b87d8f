/** The four verdicts a binding target can have, in report order (best first). */
export const STATUSES = ['fully', 'partially', 'notAtAll', 'notAssessed'] as const;
export type Status = (typeof STATUSES)[number];

/** The words the official Finnish report prints in its "Tila" column. */
export const STATUS_REPORT_WORDS: Record<Status, string> = {
  fully: 'Toteutuu täysin',
  partially: 'Toteutuu osittain',
  notAtAll: 'Ei toteudu lainkaan',
  notAssessed: 'Ei arvioitu',
};

const STATUS_ALIASES: Record<Status, readonly string[]> = {
  fully: ['toteutuu taysin', 'taysin', 'fully', 'fully met', 'uppfylls helt', 'helt'],
  partially: ['toteutuu osittain', 'osittain', 'partially', 'partially met', 'uppfylls delvis', 'delvis'],
  notAtAll: [
    'ei toteudu lainkaan',
    'ei toteudu',
    'lainkaan',
    'not at all',
    'not met',
    'uppfylls inte alls',
    'uppfylls inte',
  ],
  notAssessed: ['ei arvioitu', 'not assessed', 'ej bedomd', 'inte bedomd'],
};

function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a status word as written in a report or spreadsheet ("Toteutuu täysin", "Täysin", "fully").
 * Returns null for anything it does not recognise: an unknown word is never guessed.
 */
export function statusFromWord(word: string): Status | null {
  const wanted = normaliseWord(word);
  for (const status of STATUSES) {
    if (STATUS_ALIASES[status].includes(wanted)) return status;
  }
  return null;
}

/** Counts targets per status; every status is present, zero when none. */
export function countByStatus(items: readonly { status: Status }[]): Record<Status, number> {
  const counts: Record<Status, number> = { fully: 0, partially: 0, notAtAll: 0, notAssessed: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}
