import { describe, expect, it } from 'vitest';
import { countByStatus, STATUS_REPORT_WORDS, statusFromWord } from './status';

describe('status words', () => {
  it('reads the words the official report prints', () => {
    expect(statusFromWord('Toteutuu täysin')).toBe('fully');
    expect(statusFromWord('Toteutuu osittain')).toBe('partially');
    expect(statusFromWord('Ei toteudu lainkaan')).toBe('notAtAll');
    expect(statusFromWord('Ei arvioitu')).toBe('notAssessed');
  });

  it('reads the report word split over two lines, in any case, with or without diacritics', () => {
    expect(statusFromWord('Toteutuu\ntäysin')).toBe('fully');
    expect(statusFromWord('  TOTEUTUU TAYSIN ')).toBe('fully');
    expect(statusFromWord('Ei toteudu\nlainkaan')).toBe('notAtAll');
  });

  it('accepts short, Swedish and English forms', () => {
    expect(statusFromWord('Täysin')).toBe('fully');
    expect(statusFromWord('osittain')).toBe('partially');
    expect(statusFromWord('fully')).toBe('fully');
    expect(statusFromWord('Uppfylls delvis')).toBe('partially');
    expect(statusFromWord('not met')).toBe('notAtAll');
  });

  it('never guesses an unknown word', () => {
    expect(statusFromWord('melkein')).toBeNull();
    expect(statusFromWord('')).toBeNull();
    expect(statusFromWord('toteutuu')).toBeNull();
  });

  it('maps every status back to its report word and reads it again', () => {
    for (const [status, word] of Object.entries(STATUS_REPORT_WORDS)) {
      expect(statusFromWord(word)).toBe(status);
    }
  });
});

describe('countByStatus', () => {
  it('counts every status, including those with no target', () => {
    expect(countByStatus([{ status: 'fully' }, { status: 'fully' }, { status: 'notAtAll' }])).toEqual({
      fully: 2,
      partially: 0,
      notAtAll: 1,
      notAssessed: 0,
    });
  });
});
