import { describe, expect, it } from 'vitest';
import { admin as adminEn } from './en/admin';
import { structure as structureEn } from './en/structure';
import { admin as adminFi } from './fi/admin';
import { structure as structureFi } from './fi/structure';
import { admin as adminSv } from './sv/admin';
import { structure as structureSv } from './sv/structure';

/** Every key path of a message tree, e.g. "forms.save". */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe('structure and admin messages', () => {
  it.each([
    ['structure', structureFi, structureSv, structureEn],
    ['admin', adminFi, adminSv, adminEn],
  ])('%s has the same keys in Finnish, Swedish and English, none empty', (_name, fi, sv, en) => {
    const keys = keyPaths(fi).sort();
    expect(keyPaths(sv).sort()).toEqual(keys);
    expect(keyPaths(en).sort()).toEqual(keys);
    for (const tree of [fi, sv, en]) {
      const texts = JSON.stringify(tree).match(/"[^"]*"/g) ?? [];
      expect(texts).not.toContain('""');
    }
  });
});
