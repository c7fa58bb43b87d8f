import { z } from '../domain/zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/password-rules';
import { roleSchema, userSchema } from '../domain/user';

/** Managing people: admins only (401 without a session, 403 for every other role). */
export const adminRoutes = {
  adminUsers: '/api/admin/users',
  users: '/api/users',
  user: '/api/users/:userId',
  userPassword: '/api/admin/users/:userId/password',
} as const;

export const adminPaths = {
  adminUsers: () => adminRoutes.adminUsers,
  users: () => adminRoutes.users,
  user: (userId: string) => `/api/users/${encodeURIComponent(userId)}`,
  userPassword: (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}/password`,
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

/**
 * PUT /api/admin/users/:id/password body, on the real server only (the demo has no passwords) → 200 { username }: the
 * username the person signs in with (the one they have, else their id); their sessions end, except the caller's own.
 * 404 for an unknown person; 422 `validation` with `fieldErrors` and the reason as `message` for a password outside the
 * lengths or an unknown field; 409 `usernameTaken` when the person has no username yet and their id is another's.
 */
export const setPasswordRequestSchema = z.object({ password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH) }).strict();
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;

export const passwordSetResponseSchema = z.object({ username: z.string().min(1) });
