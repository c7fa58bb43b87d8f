import { z } from '../domain/zod';

export { ApiError, type ApiErrorKind } from './api-error';
import { useSessionStore } from './session-store';
import {
  apiPaths,
  AUTHORIZATION_HEADER,
  CSRF_HEADER,
  currentSessionResponseSchema,
  sessionResponseSchema,
  usersResponseSchema,
  conflictResponseSchema,
  errorResponseSchema,
  measuresResponseSchema,
  planImportResponseSchema,
  planTargetsResponseSchema,
  plansResponseSchema,
  projectsResponseSchema,
  targetResponseSchema,
  targetUpdateResponseSchema,
  validationErrorResponseSchema,
  type PlanImportRequest,
  type PasswordSessionRequest,
  type SessionRequest,
  type TargetUpdateRequest,
} from './contract';
import { ApiError, KIND_BY_STATUS } from './api-error';



/** The real server (VITE_API_MODE=remote) keeps the session in a cookie; the demo's is a bearer token. */
export const usesServerAccounts = (): boolean => import.meta.env.VITE_API_MODE === 'remote';

function sessionHeaders(token: string | null): Record<string, string> {
  if (!token) return {};
  return usesServerAccounts() ? { [CSRF_HEADER]: token } : { [AUTHORIZATION_HEADER]: `Bearer ${token}` };
}

function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;
  return configured && configured !== '' ? configured : window.location.origin;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiError('invalidResponse', `Response of ${response.url} was not JSON`, { status: response.status });
  }
}

function errorFor(status: number, body: unknown): ApiError {
  if (status === 409) {
    const conflict = conflictResponseSchema.safeParse(body);
    if (conflict.success) return new ApiError('conflict', conflict.data.message, { status, current: conflict.data.current });
  }
  if (status === 422) {
    const invalid = validationErrorResponseSchema.safeParse(body);
    if (invalid.success) {
      return new ApiError('validation', invalid.data.message, { status, fieldErrors: invalid.data.fieldErrors });
    }
  }
  const message = errorResponseSchema.safeParse(body);
  const text = message.success ? message.data.message : `HTTP ${status}`;
  return new ApiError(KIND_BY_STATUS[status] ?? 'server', text, { status, body });
}

/**
 * Sends one request (with the session's token: a bearer token in the demo, the CSRF token against the real server) and parses the answer with `schema`; throws
 * ApiError for anything else. Every area's client functions are built on it.
 */
export async function request<Schema extends z.ZodType>(path: string, schema: Schema, init?: RequestInit): Promise<z.infer<Schema>> {
  let response: Response;
  const token = useSessionStore.getState().token;
  try {
    response = await fetch(new URL(path, apiBaseUrl()), {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init?.body ? { 'Content-Type': 'application/json' } : {}),
        ...sessionHeaders(token),
      },
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : 'Network request failed');
  }
  const body = await readJson(response);
  // The session is gone at the server: sign in again; local edits wait in the outbox meanwhile.
  if (response.status === 401 && token) useSessionStore.getState().expire();
  if (!response.ok) throw errorFor(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalidResponse', `Unexpected response from ${path}: ${parsed.error.message}`, {
      status: response.status,
    });
  }
  return parsed.data;
}

export const apiClient = {
  listUsers: () => request(apiPaths.users(), usersResponseSchema),
  signIn: (body: SessionRequest) => request(apiPaths.session(), sessionResponseSchema, { method: 'POST', body: JSON.stringify(body) }),
  signInWithPassword: (body: PasswordSessionRequest) =>
    request(apiPaths.session(), sessionResponseSchema, { method: 'POST', body: JSON.stringify(body) }),
  currentSession: () => request(apiPaths.session(), currentSessionResponseSchema),
  signOut: () => request(apiPaths.session(), z.object({ signedOut: z.literal(true) }), { method: 'DELETE' }),
  importPlan: (planId: string, body: PlanImportRequest) =>
    request(apiPaths.plan(planId), planImportResponseSchema, { method: 'PUT', body: JSON.stringify(body) }),
  listPlans: () => request(apiPaths.plans(), plansResponseSchema),
  listMeasures: () => request(apiPaths.measures(), measuresResponseSchema),
  listProjects: () => request(apiPaths.projects(), projectsResponseSchema),
  getPlanTargets: (planId: string) => request(apiPaths.planTargets(planId), planTargetsResponseSchema),
  getTarget: (targetId: string) => request(apiPaths.target(targetId), targetResponseSchema),
  updateTarget: (targetId: string, update: TargetUpdateRequest) =>
    request(apiPaths.target(targetId), targetUpdateResponseSchema, { method: 'PATCH', body: JSON.stringify(update) }),
};
