import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with scrypt and a fresh salt, and verifies only the right password', async () => {
    const first = await hashPassword('pitkä salasana ääkkösin');
    const second = await hashPassword('pitkä salasana ääkkösin');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('salasana');
    expect(await verifyPassword('pitkä salasana ääkkösin', first)).toBe(true);
    expect(await verifyPassword('pitkä salasana ääkkösiN', first)).toBe(false);
    expect(await verifyPassword('pitkä salasana ääkkösin', 'plain text')).toBe(false);
  });

  it('treats the composed and decomposed forms of ä as the same password', async () => {
    const hash = await hashPassword('sää on hyvä tänään'.normalize('NFC'));
    expect(await verifyPassword('sää on hyvä tänään'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses passwords that are too short or absurdly long, in Finnish', () => {
    expect(passwordProblem('lyhyt')).toBe('Salasanassa on oltava vähintään 12 merkkiä.');
    expect(passwordProblem('x'.repeat(201))).toBe('Salasanassa voi olla enintään 200 merkkiä.');
    expect(passwordProblem('tarpeeksi pitkä')).toBeNull();
  });
});
