import { describe, expect, it } from 'vitest';
import { containsAllWords, foldForSearch, matchesSearch, normaliseForSearch, searchWords } from './search';

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

  it('folds a text to search in without touching its spacing, the same way as the query', () => {
    expect(foldForSearch('Ä  Ö\nÅ é')).toBe('a  o\na e');
    expect(foldForSearch('Riikka Åstrand – yläkoulu')).toBe('riikka astrand – ylakoulu');
    expect(containsAllWords(foldForSearch('Yläkoulun\n  OPPILAAT'), searchWords('oppilaat  YLÄKOULUN'))).toBe(true);
  });

  it('splits a query into its folded words once, for testing many texts', () => {
    expect(searchWords('  Keskeyttäneiden   MÄÄRÄ ')).toEqual(['keskeyttaneiden', 'maara']);
    expect(searchWords('   ')).toEqual([]);
    expect(containsAllWords('mita tahansa', [])).toBe(true);
  });
});
