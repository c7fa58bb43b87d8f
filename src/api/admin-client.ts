import { request } from './client';
import {
  adminPaths,
  adminUsersResponseSchema,
  passwordSetResponseSchema,
  userResponseSchema,
  type NewUserRequest,
  type SetPasswordRequest,
  type UpdateUserRequest,
} from './contract-admin';

/** Managing people (admins only); online only, each throws ApiError. */
export const adminClient = {
  listUsers: () => request(adminPaths.adminUsers(), adminUsersResponseSchema),
  updateUser: (userId: string, update: UpdateUserRequest) =>
    request(adminPaths.user(userId), userResponseSchema, { method: 'PATCH', body: JSON.stringify(update) }),
  addUser: (person: NewUserRequest) => request(adminPaths.users(), userResponseSchema, { method: 'POST', body: JSON.stringify(person) }),
  /** The real server only (the demo has no passwords); answers the username the person signs in with. */
  setPassword: (userId: string, password: string) =>
    request(adminPaths.userPassword(userId), passwordSetResponseSchema, {
      method: 'PUT',
      body: JSON.stringify({ password } satisfies SetPasswordRequest),
    }),
};
