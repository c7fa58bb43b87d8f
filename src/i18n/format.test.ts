import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatQuantity } from './format';

const nbsp = '\u00a0';

describe('Finnish and other locale formats', () => {
  it('writes dates the Finnish way: 2.2.2022', () => {
    expect(formatDate('2022-02-02', 'fi')).toBe('2.2.2022');
    expect(formatDate('2022-02-02', 'sv')).toBe('2.2.2022');
    expect(formatDate('2022-02-02', 'en')).toBe('02/02/2022');
  });

  it('writes decimals with a comma in Finnish and Swedish, a point in English', () => {
    expect(formatNumber(13.4, 'fi')).toBe('13,4');
    expect(formatNumber(13.4, 'sv')).toBe('13,4');
    expect(formatNumber(13.4, 'en')).toBe('13.4');
  });

  it('writes percentages as 13,4 % in Finnish', () => {
    expect(formatQuantity(13.4, '%', 'fi').replace(/\s/g, ' ')).toBe('13,4 %');
    expect(formatQuantity(19.3, '%', 'en')).toBe('19.3%');
  });

  it('keeps a unit after the number, never splitting them over a line', () => {
    expect(formatQuantity(496, 'opiskelijaa', 'fi')).toBe(`496${nbsp}opiskelijaa`);
    expect(formatQuantity(1234.5, 'kpl', 'fi').replace(/\s/g, ' ')).toBe('1 234,5 kpl');
  });
});
