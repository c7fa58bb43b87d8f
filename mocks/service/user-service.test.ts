import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Role, User } from '../../src/domain/user';
import { demoUsers } from '../seed/users';
import { createMemoryStorage } from '../storage/memory-storage';
import type { ServiceStorage } from './storage';
import { createUserService, type UserService } from './user-service';

const as = (role: Role): Actor => ({ id: `${role}-1`, name: `Henkilö ${role}`, role });

const calls: Record<string, { call: (service: UserService, actor: Actor) => Promise<{ status: number }>; status: number }> = {
  'list people': { call: (service, actor) => service.listUsers(actor), status: 200 },
  'change a role': { call: (service, actor) => service.updateUser('lauri-lautakunta', { role: 'responsible' }, actor), status: 200 },
  'add a person': { call: (service, actor) => service.addUser({ name: 'Uusi Henkilö', title: 'Rehtori', role: 'responsible' }, actor), status: 201 },
};

describe('user service', () => {
  let storage: ServiceStorage;
  let service: UserService;
  beforeEach(() => {
    storage = createMemoryStorage([], {}, demoUsers);
    service = createUserService(storage);
  });

  describe.each(Object.entries(calls))('%s', (_name, { call, status }) => {
    it('is allowed for the admin', async () => {
      expect((await call(service, as('admin'))).status).toBe(status);
    });

    it.each(['manager', 'responsible', 'viewer'] as const)('is refused with 403 for the %s, changing nothing', async (role) => {
      expect(await call(service, as(role))).toMatchObject({ status: 403, body: { error: 'forbidden' } });
      expect(await storage.listUsers()).toEqual(demoUsers);
    });
  });

  it('changes a person’s role', async () => {
    const result = await service.updateUser('lauri-lautakunta', { role: 'manager' }, as('admin'));
    expect((result.body as { user: User }).user).toMatchObject({ id: 'lauri-lautakunta', role: 'manager' });
    expect((await storage.getUser('lauri-lautakunta'))?.role).toBe('manager');
  });

  it('refuses an unknown role with 422 and an unknown person with 404', async () => {
    expect(await service.updateUser('lauri-lautakunta', { role: 'boss' }, as('admin'))).toMatchObject({
      status: 422,
      body: { fieldErrors: [{ field: 'role', code: 'invalidValue' }] },
    });
    expect((await service.updateUser('nobody', { role: 'viewer' }, as('admin'))).status).toBe(404);
  });

  it('keeps the last admin an admin, but lets one of two step down', async () => {
    expect(await service.updateUser('anni-admin', { role: 'viewer' }, as('admin'))).toMatchObject({ status: 409, body: { error: 'lastAdmin' } });
    await service.updateUser('maija-manageri', { role: 'admin' }, as('admin'));
    expect((await service.updateUser('anni-admin', { role: 'viewer' }, as('admin'))).status).toBe(200);
  });

  it('adds a person with an id made from the name, and refuses a name already in use', async () => {
    const result = await service.addUser({ name: 'Åsa Öhman', title: 'Rehtori', role: 'responsible' }, as('admin'));
    expect(result.status).toBe(201);
    expect((result.body as { user: User }).user).toEqual({ id: 'asa-ohman', name: 'Åsa Öhman', title: 'Rehtori', role: 'responsible' });
    expect(await storage.getUser('asa-ohman')).toBeDefined();
    const again = await service.addUser({ name: 'åsa öhman ', title: '', role: 'viewer' }, as('admin'));
    expect(again).toMatchObject({ status: 422, body: { fieldErrors: [{ field: 'name', code: 'invalidValue' }] } });
  });

  it('refuses a person without a name', async () => {
    const result = await service.addUser({ name: '  ', title: '', role: 'viewer' }, as('admin'));
    expect(result).toMatchObject({ status: 422, body: { fieldErrors: [{ field: 'name', code: 'required' }] } });
  });
});
