import { z } from '../domain/zod';
import { roleSchema, userSchema } from '../domain/user';

/** Managing people: admins only (401 without a session, 403 for every other role). */
export const adminRoutes = {
  adminUsers: '/api/admin/users',
  users: '/api/users',
  user: '/api/users/:userId',
} as const;

export const adminPaths = {
  adminUsers: () => adminRoutes.adminUsers,
  users: () => adminRoutes.users,
  user: (userId: string) => `/api/users/${encodeURIComponent(userId)}`,
};

/** GET /api/admin/users → 200 { users } */
export const adminUsersResponseSchema = z.object({ users: z.array(userSchema) });

/** PATCH /api/users/:id body → 200 { user }; 409 `lastAdmin` when it would leave no admin. */
export const updateUserRequestSchema = z.object({ role: roleSchema }).strict();
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** POST /api/users body → 201 { user }; the server picks the id. 422 when the name is already in use. */
export const newUserRequestSchema = userSchema.pick({ name: true, title: true, role: true }).strict();
export type NewUserRequest = z.infer<typeof newUserRequestSchema>;

export const userResponseSchema = z.object({ user: userSchema });
