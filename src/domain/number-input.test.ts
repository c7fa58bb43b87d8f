import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './number-input';

describe('number input', () => {
  it('reads a decimal comma, a decimal point and grouping spaces', () => {
    expect(parseNumberInput('13,4')).toBe(13.4);
    expect(parseNumberInput('13.4')).toBe(13.4);
    expect(parseNumberInput('1 234,5')).toBe(1234.5);
    expect(parseNumberInput('1\u00a0234')).toBe(1234);
    expect(parseNumberInput(' -2 ')).toBe(-2);
  });

  it('treats an empty field as no value', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('   ')).toBeNull();
  });

  it('refuses what is not a number instead of guessing', () => {
    expect(parseNumberInput('noin 80')).toBeNaN();
    expect(parseNumberInput('13,4 %')).toBeNaN();
    expect(parseNumberInput('1,2,3')).toBeNaN();
  });

  it('writes the value back in the locale, without grouping', () => {
    expect(formatNumberInput(13.4, 'fi-FI')).toBe('13,4');
    expect(formatNumberInput(1234.5, 'fi-FI')).toBe('1234,5');
    expect(formatNumberInput(13.4, 'en-GB')).toBe('13.4');
  });
});
