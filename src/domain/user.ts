import { z } from './zod';

/** What a person may do: board members read, responsible persons update their own targets, managers run the plan, admins run the app. */
export const ROLES = ['viewer', 'responsible', 'manager', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  /** Job title or position, shown on the sign-in page. */
  title: z.string().max(300),
  role: roleSchema,
  /** True for people added to make the demo usable; they do not appear in the source documents. */
  illustrative: z.boolean().optional(),
});
export type User = z.infer<typeof userSchema>;

/** Who is making a request: the signed-in user as the server knows them. */
export type Actor = Pick<User, 'id' | 'name' | 'role'>;
