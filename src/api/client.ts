import type { z } from 'zod';
import {
  apiPaths,
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
  type TargetUpdateRequest,
} from './contract';
import type { FieldError } from '../domain/field-errors';
import type { Target } from '../domain/target';

export type ApiErrorKind = 'network' | 'notFound' | 'conflict' | 'validation' | 'server' | 'invalidResponse';

/** Every failure of an API call, sorted into the kinds the UI explains differently. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly fieldErrors: FieldError[];
  readonly current: Target | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    details: { status?: number | null; fieldErrors?: FieldError[]; current?: Target | null } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status ?? null;
    this.fieldErrors = details.fieldErrors ?? [];
    this.current = details.current ?? null;
  }
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
  return new ApiError(status === 404 ? 'notFound' : 'server', text, { status });
}

/** Sends one request and parses the answer with `schema`; throws ApiError for anything else. */
async function request<Schema extends z.ZodType>(path: string, schema: Schema, init?: RequestInit): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(new URL(path, apiBaseUrl()), {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : 'Network request failed');
  }
  const body = await readJson(response);
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
