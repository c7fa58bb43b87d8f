import { describe, expect, it } from 'vitest';
import { matchesSearch, normaliseForSearch } from './search';

describe('Finnish-aware search', () => {
  it('folds case and diacritics so "tayttaa" finds "täyttää"', () => {
    expect(normaliseForSearch('Täyttää')).toBe('tayttaa');
    expect(matchesSearch(normaliseForSearch('Tavoite täyttää ehdot'), 'tayttaa')).toBe(true);
  });

  it('finds Å, Ä and Ö by their plain letters and the other way round', () => {
    const haystack = normaliseForSearch('Riikka Åstrand, Katri Kalske; Ammattiopisto Varia, yläkoulu');
    expect(matchesSearch(haystack, 'astrand')).toBe(true);
    expect(matchesSearch(haystack, 'YLÄKOULU')).toBe(true);
    expect(matchesSearch(haystack, 'ylakoulu')).toBe(true);
  });

  it('requires every word of the query, in any order', () => {
    const haystack = normaliseForSearch('Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee');
    expect(matchesSearch(haystack, 'koulutuksessa keskeyttaneiden')).toBe(true);
    expect(matchesSearch(haystack, 'keskeyttaneiden lukio')).toBe(false);
  });

  it('collapses whitespace and line breaks', () => {
    expect(normaliseForSearch('  Oppivelvollisuuden\n  laajentamisen ')).toBe('oppivelvollisuuden laajentamisen');
  });

  it('matches everything for an empty query', () => {
    expect(matchesSearch('mitä tahansa', '   ')).toBe(true);
  });
});
