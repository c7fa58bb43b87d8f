import { newUserRequestSchema, updateUserRequestSchema } from '../../src/api/contract-admin';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { canAdminister } from '../../src/domain/permissions';
import { userSchema, type Actor, type User } from '../../src/domain/user';
import { failure, notFound, ok, type ApiResult } from './api-result';
import { forbidden } from './auth-service';
import type { ServiceStorage } from './storage';

const invalid = (fieldErrors: FieldError[]): ApiResult => ({
  status: 422,
  body: { error: 'validation', message: 'Tiedot eivät kelpaa. Korjaa merkityt kentät.', fieldErrors },
});

/** A readable id from a name ("Åsa Öhman" → "asa-ohman"), numbered when taken. */
function idFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'henkilo';
  let id = base;
  for (let next = 2; taken.has(id); next += 1) id = `${base}-${next}`;
  return id;
}

// Targets name their responsible persons by name, so two people with one name could not be told apart.
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');

/** People and their roles: only an admin lists, adds and changes them, and the last admin keeps the role. */
export function createUserService(storage: ServiceStorage) {
  const refusalFor = (actor: Actor) => (canAdminister(actor) ? null : forbidden('käyttäjien hallinta kuuluu pääkäyttäjälle'));

  return {
    async listUsers(actor: Actor): Promise<ApiResult> {
      const refusal = refusalFor(actor);
      if (refusal) return refusal;
      const users = await storage.listUsers();
      return ok({ users: users.sort((a, b) => a.name.localeCompare(b.name, 'fi')) });
    },

    async updateUser(userId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const refusal = refusalFor(actor);
      if (refusal) return refusal;
      const parsed = updateUserRequestSchema.safeParse(body);
      if (!parsed.success) return invalid(toFieldErrors(parsed.error));
      return storage.atomically(async () => {
        const current = await storage.getUser(userId);
        if (!current) return notFound('Henkilöä');
        const admins = (await storage.listUsers()).filter((user) => user.role === 'admin');
        if (current.role === 'admin' && parsed.data.role !== 'admin' && admins.length === 1) {
          return failure(409, 'lastAdmin', 'Sovelluksessa on oltava ainakin yksi pääkäyttäjä. Anna rooli ensin jollekulle toiselle.');
        }
        const user: User = { ...current, role: parsed.data.role };
        await storage.putUser(user);
        return ok({ user });
      });
    },

    async addUser(body: unknown, actor: Actor): Promise<ApiResult> {
      const refusal = refusalFor(actor);
      if (refusal) return refusal;
      const parsed = newUserRequestSchema.safeParse(body);
      if (!parsed.success) return invalid(toFieldErrors(parsed.error));
      return storage.atomically(async () => {
        const users = await storage.listUsers();
        if (users.some((user) => sameName(user.name, parsed.data.name))) return invalid([{ field: 'name', code: 'invalidValue' }]);
        const user = userSchema.parse({ ...parsed.data, id: idFor(parsed.data.name, new Set(users.map((known) => known.id))) });
        await storage.putUser(user);
        return { status: 201, body: { user } };
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
