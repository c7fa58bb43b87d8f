import type { ErrorResponse } from '../../src/api/contract';

/** What a service call answers: an HTTP status, a JSON body and any extra headers, whatever carries it (MSW or Node). */
export interface ApiResult<Body = unknown> {
  status: number;
  body: Body;
  headers?: Record<string, string>;
}

export const ok = <Body>(body: Body): ApiResult<Body> => ({ status: 200, body });

export function failure(status: number, error: string, message: string): ApiResult<ErrorResponse> {
  return { status, body: { error, message } };
}

export const notFound = (what: string) => failure(404, 'notFound', `${what} ei löytynyt.`);
