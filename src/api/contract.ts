import { z } from '../domain/zod';
import { goalSchema, planSchema, themeSchema } from '../domain/plan';
import { measureSchema } from '../domain/measure';
import { planDataSchema } from '../domain/plan-data';
import { projectSchema } from '../domain/project';
import { targetChangesSchema, targetSchema } from '../domain/target';
import { userSchema } from '../domain/user';

/** Route patterns, as the server (MSW or Node) matches them. */
export const apiRoutes = {
  plans: '/api/plans',
  planTargets: '/api/plans/:planId/targets',
  target: '/api/targets/:targetId',
  plan: '/api/plans/:planId',
  measures: '/api/measures',
  measuresItem: '/api/measures/:id',
  projects: '/api/projects',
  projectsItem: '/api/projects/:id',
  session: '/api/session',
  users: '/api/users',
} as const;

/** Concrete paths, as the client requests them. */
export const apiPaths = {
  plans: () => apiRoutes.plans,
  planTargets: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/targets`,
  target: (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}`,
  plan: (planId: string) => `/api/plans/${encodeURIComponent(planId)}`,
  measures: () => apiRoutes.measures,
  projects: () => apiRoutes.projects,
  session: () => apiRoutes.session,
  users: () => apiRoutes.users,
};

/**
 * Every route except GET /api/users and POST /api/session needs `Authorization: Bearer <token>`:
 * without a valid session the answer is 401, and 403 when the user's role does not allow the call.
 */
export const AUTHORIZATION_HEADER = 'Authorization';
/**
 * Against the real server the session is an HTTP-only cookie, and the `token` of the session answer is a
 * CSRF token the client sends back in this header on every request (required on writes).
 */
export const CSRF_HEADER = 'X-CSRF-Token';

/** GET /api/users (public in the demo: the sign-in page lists the people to sign in as). */
export const usersResponseSchema = z.object({ users: z.array(userSchema) });

/** POST /api/session body: in the demo, the person to sign in as. */
export const sessionRequestSchema = z.object({ userId: z.string().min(1).max(100) }).strict();
export type SessionRequest = z.infer<typeof sessionRequestSchema>;
/** POST /api/session body on the real server: an account's username and password. */
export interface PasswordSessionRequest {
  username: string;
  password: string;
}

/** 201 answer of POST /api/session; GET /api/session answers the same without the token. */
export const sessionResponseSchema = z.object({
  token: z.string().min(1),
  user: userSchema,
  expiresAt: z.iso.datetime(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export const currentSessionResponseSchema = sessionResponseSchema.omit({ token: true });

/** GET /api/measures */
export const measuresResponseSchema = z.object({ items: z.array(measureSchema) });
/** GET /api/projects */
export const projectsResponseSchema = z.object({ items: z.array(projectSchema) });

/** GET /api/plans */
export const plansResponseSchema = z.object({ plans: z.array(planSchema) });
export type PlansResponse = z.infer<typeof plansResponseSchema>;

/** GET /api/plans/:planId/targets */
export const planTargetsResponseSchema = planDataSchema;
export type PlanTargetsResponse = z.infer<typeof planTargetsResponseSchema>;

/** GET /api/targets/:targetId */
export const targetResponseSchema = z.object({
  target: targetSchema,
  goal: goalSchema,
  theme: themeSchema,
  plan: planSchema,
});
export type TargetResponse = z.infer<typeof targetResponseSchema>;

/**
 * 200 answer of PATCH: the target as it is now, and the version this edit produced. They differ when
 * a resent edit had been applied before and someone has changed the target since.
 */
export const targetUpdateResponseSchema = targetResponseSchema.extend({
  appliedVersion: z.number().int().positive(),
});
export type TargetUpdateResponse = z.infer<typeof targetUpdateResponseSchema>;

/** PATCH /api/targets/:targetId body: the changed fields and the version they were based on. */
// An unknown field is refused (422 unknownField), not silently dropped: a misspelt field must not look saved.
export const targetUpdateRequestSchema = z
  .object({
    baseVersion: z.number().int().positive(),
    /** Client-generated id of this edit, so a resent edit is applied once. */
    editId: z.string().min(1).max(100).optional(),
    changes: targetChangesSchema,
  })
  .strict();
export type TargetUpdateRequest = z.infer<typeof targetUpdateRequestSchema>;

/** PUT /api/plans/:planId body: a whole new plan (e.g. imported from a spreadsheet), created in one step. */
export const planImportRequestSchema = z.object({
  editId: z.string().min(1).max(100),
  data: planDataSchema,
}).strict();
export type PlanImportRequest = z.infer<typeof planImportRequestSchema>;

/** 201 (or 200 for a resent import) answer of PUT /api/plans/:planId. */
export const planImportResponseSchema = z.object({ plan: planSchema });

export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.enum(['required', 'tooLong', 'tooShort', 'invalidValue', 'unknownField', 'invalid']),
  limit: z.number().optional(),
});

/** Every non-2xx answer has this shape; `error` says which kind it is. */
export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** 409: the target moved on since baseVersion; `current` is the server's copy. */
export const conflictResponseSchema = errorResponseSchema.extend({
  error: z.literal('conflict'),
  current: targetSchema,
});
export type ConflictResponse = z.infer<typeof conflictResponseSchema>;

/** 422: the body broke the rules; one entry per refused field. */
export const validationErrorResponseSchema = errorResponseSchema.extend({
  error: z.literal('validation'),
  fieldErrors: z.array(fieldErrorSchema),
});
export type ValidationErrorResponse = z.infer<typeof validationErrorResponseSchema>;
