import { delay, HttpResponse } from 'msw';
import type { FaultInjector } from '../fault-injection';
import type { User } from '../../src/domain/user';
import type { ApiResult } from '../service/api-result';
import type { ApiServices } from '../routes/api-route';

export interface HandlerContext {
  services: ApiServices;
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

export function createHandlerContext(services: ApiServices, options: HandlerOptions = {}): HandlerContext {
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
    const { status, body, headers } = await call();
    if (fault === 'lostResponse' || isOffline()) return HttpResponse.error();
    return HttpResponse.json(body as Record<string, unknown>, { status, headers });
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
