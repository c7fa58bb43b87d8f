import type { FieldError } from '../domain/field-errors';
import type { Target } from '../domain/target';

// Apart from the client, so pages can tell errors apart without loading the client and its validation.
export type ApiErrorKind =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'validation'
  | 'server'
  | 'invalidResponse';

export const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = { 401: 'unauthorized', 403: 'forbidden', 404: 'notFound' };

/** Every failure of an API call, sorted into the kinds the UI explains differently. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly fieldErrors: FieldError[];
  readonly current: Target | null;
  /** The error answer's JSON body, for callers whose resources have their own conflict shape. */
  readonly body: unknown;

  constructor(
    kind: ApiErrorKind,
    message: string,
    details: { status?: number | null; fieldErrors?: FieldError[]; current?: Target | null; body?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status ?? null;
    this.fieldErrors = details.fieldErrors ?? [];
    this.current = details.current ?? null;
    this.body = details.body ?? null;
  }
}
