import type { User } from '../../src/domain/user';
import type { ApiResult } from '../service/api-result';
import { failure } from '../service/api-result';
import type { AuthService } from '../service/auth-service';
import type { RecordService } from '../service/record-service';
import type { ReviewService } from '../service/review-service';
import type { StructureService } from '../service/structure-service';
import type { TargetService } from '../service/target-service';
import type { UserService } from '../service/user-service';

/** The API's services, one per area; the demo (MSW) and the real server (Node) mount the same ones. */
export interface ApiServices {
  targets: TargetService;
  records: RecordService;
  auth: AuthService;
  review: ReviewService;
  structure: StructureService;
  users: UserService;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteParams = Readonly<Record<string, string>>;

/**
 * One route of the API, independent of what carries it: MSW in the browser and in tests, Hono in the
 * real server. A signed-in route is called only with a valid session; the carrier answers 401 otherwise.
 */
export type ApiRoute =
  | { method: HttpMethod; path: string; access: 'signedIn'; handle: (call: { request: Request; params: RouteParams; actor: User }) => Promise<ApiResult> }
  | { method: HttpMethod; path: string; access: 'public'; handle: (call: { request: Request; params: RouteParams }) => Promise<ApiResult> };

/** The request's JSON body, or undefined when it is not JSON (answered with 400). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** Runs `call` with the request's JSON body, or answers 400 when the body is not JSON. */
export async function withJsonBody(request: Request, call: (body: unknown) => Promise<ApiResult>): Promise<ApiResult> {
  const body = await readJsonBody(request);
  if (body === undefined) return failure(400, 'badRequest', 'Pyynnön runko ei ole kelvollista JSONia.');
  return call(body);
}

type SignedInHandle = Extract<ApiRoute, { access: 'signedIn' }>['handle'];

/** A signed-in route whose body is JSON: 400 when it is not. */
export const withBody =
  (handle: (call: Parameters<SignedInHandle>[0], body: unknown) => Promise<ApiResult>): SignedInHandle =>
  (call) =>
    withJsonBody(call.request, (body) => handle(call, body));

export const get = (path: string, handle: SignedInHandle): ApiRoute => ({ method: 'GET', path, access: 'signedIn', handle });
export const write = (method: Exclude<HttpMethod, 'GET'>, path: string, handle: SignedInHandle): ApiRoute => ({
  method,
  path,
  access: 'signedIn',
  handle,
});
