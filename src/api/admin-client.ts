import { request } from './client';
import { adminPaths, adminUsersResponseSchema, userResponseSchema, type NewUserRequest, type UpdateUserRequest } from './contract-admin';

/** Managing people (admins only); online only, each throws ApiError. */
export const adminClient = {
  listUsers: () => request(adminPaths.adminUsers(), adminUsersResponseSchema),
  updateUser: (userId: string, update: UpdateUserRequest) =>
    request(adminPaths.user(userId), userResponseSchema, { method: 'PATCH', body: JSON.stringify(update) }),
  addUser: (person: NewUserRequest) => request(adminPaths.users(), userResponseSchema, { method: 'POST', body: JSON.stringify(person) }),
};
