import { delay, HttpResponse } from 'msw';
import type { FaultInjector } from '../fault-injection';
import { failure } from '../service/api-result';
import type { User } from '../../src/domain/user';
import type { ApiResult } from '../service/api-result';
import type { AuthService } from '../service/auth-service';
import type { RecordService } from '../service/record-service';
import type { ReviewService } from '../service/review-service';
import type { TargetService } from '../service/target-service';
import type { StructureService } from '../service/structure-service';
import type { UserService } from '../service/user-service';

/** The demo server's services, one per area of the API. */
export interface DemoServices {
  targets: TargetService;
  records: RecordService;
  auth: AuthService;
  review: ReviewService;
  structure: StructureService;
  users: UserService;
}

export interface HandlerContext {
  services: DemoServices;
  /**
   * Answers like a remote server would: no answer while the browser is offline, the simulated
   * latency, any injected fault, then the service's status and body. For the few public routes.
   */
  respond: (call: () => Promise<ApiResult>) => Promise<Response>;
  /** As `respond`, for a signed-in user only: 401 without a valid session, else `call` with who is asking. */
  authed: (request: Request, call: (actor: User) => Promise<ApiResult>) => Promise<Response>;
}

export interface HandlerOptions {
  latencyMs?: number;
  faults?: FaultInjector;
}

// The handlers run inside the page, so they would keep answering with the network gone;
// a remote server would not be reachable, and neither is this one.
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function createHandlerContext(services: DemoServices, options: HandlerOptions = {}): HandlerContext {
  const latencyMs = options.latencyMs ?? 0;
  const respond: HandlerContext['respond'] = async (call) => {
    if (isOffline()) return HttpResponse.error();
    const fault = options.faults?.take() ?? null;
    const extraDelayMs = options.faults?.settings.extraDelayMs ?? 0;
    if (latencyMs + extraDelayMs > 0) await delay(latencyMs + extraDelayMs);
    if (fault === 'networkError') return HttpResponse.error();
    if (fault === 'serverError') {
      return HttpResponse.json({ error: 'injected', message: 'Simuloitu palvelinvirhe.' }, { status: 500 });
    }
    if (fault === 'timeout') {
      await delay(options.faults?.settings.timeoutMs ?? 30_000);
      return HttpResponse.error();
    }
    const { status, body } = await call();
    if (fault === 'lostResponse' || isOffline()) return HttpResponse.error();
    return HttpResponse.json(body as Record<string, unknown>, { status });
  };
  return {
    services,
    respond,
    authed: (request, call) =>
      respond(async () => {
        const authentication = await services.auth.authenticate(request.headers.get('Authorization'));
        return 'refusal' in authentication ? authentication.refusal : call(authentication.actor);
      }),
  };
}

/** The request's JSON body, or undefined when it is not JSON (answered with 400). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** Runs `call` with the request's JSON body, or answers 400 when the body is not JSON. */
export async function withJsonBody(
  request: Request,
  call: (body: unknown) => Promise<ApiResult>,
): Promise<ApiResult> {
  const body = await readJsonBody(request);
  if (body === undefined) return failure(400, 'badRequest', 'Pyynnön runko ei ole kelvollista JSONia.');
  return call(body);
}
